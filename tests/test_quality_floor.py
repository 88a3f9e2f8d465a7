"""Quality floors: extraction scores on the seed gold and the development corpus may not drop.

The floors are the scores measured when they were last raised (see README,
"Quality"); raise them when the engine improves, never lower them to make a
change pass.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from rasd.evaluate import evaluate
from rasd.pipeline import extract_inputs

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

# name -> (input dir, meta, gold, floors)
FLOORS = {
    "seeds": (SHARED / "seeds", SHARED / "seeds" / "meta.jsonl", SHARED / "gold" / "seeds.jsonl",
              {"f1": 0.95, "sub_event_type": 0.95, "actor1_side": 0.95, "date": 0.90, "fatalities": 0.95,
               "sources": 0.83}),
    # 2901 articles: 52 written for development, the held-out sets v1 (ho_*), v2 (ht_*), v3 (fr_*), v4 (nw_*),
    # v5 (bl_*), v6 (cx_*), v7 (dz_*), v8 (ja_*), v9 (ka_*), v10 (la_*), v11 (ma_*), v12 (na_*), v13 (oa_*),
    # v14 (pa_*), v15 (qa_*), v16 (ra_*), v17 (sa_*), v18 (ta_*), v19 (ua_*), v20 (va_*), v21 (wa_*), v22
    # (xa_*), v23 (ya_*), v24 (za_*), v25 (aa_*), v26 (ba_*), v27 (ca_*), v28 (da_*), v29 (fa_*), v30 (ga_*),
    # v31 (ha_*), v32 (ia_*), v33 (jc_*), v34 (kc_*), v35 (lc_*), v36 (mc_*), v37 (nc_*), v38 (ne_*, nf_*),
    # v39 (ng_*, nh_*), v40 (og_*, oh_*), v41 (oi_*, oj_*), v42 (ok_*, ol_*), v43 (om_*, on_*), v44 (oo_*, op_*),
    # v45 (oq_*, or_*), v46 (ou_*, ov_*), v47 (ow_*, ox_*) and v48 (oy_*, oz_*), each moved in after its blind scores
    # were reported, and 1375 written blind to the code for development (ex_*, ey_*, ez_*, lb_*, mb_*,
    # nb_*, ob_*, pb_*, qb_*, rb_*, sb_*, tb_*, ub_*, vb_*, wb_*, xb_*, yb_*, zb_*, ab_*, bb_*, cb_*, db_*, fb_*,
    # gb_*, hb_*, ib_*, jd_*, kd_*, ld_*, md_*, nd_*, oc_*, od_*, oe_*, of_*, pc_*, pd_*, pe_*, pf_*, pg_*, ph_*,
    # pi_*, pj_*, pk_*, pl_*, pm_*, pn_*, po_*, pp_*, pq_*, pr_*, ps_*, pt_*, pu_*, pv_*). Re-pinned when v48, pu_ and
    # pv_ joined (F1 .795, sub .972, attacker .950, target .916, date .970, fatalities .906, injured .905, sources .840
    # with the rules of the fifty-second session's end), about one point of slack
    "dev": (ROOT / "corpus" / "dev", ROOT / "corpus" / "dev" / "meta.jsonl", ROOT / "corpus" / "dev" / "gold.jsonl",
            {"f1": 0.785, "sub_event_type": 0.962, "actor1_side": 0.940, "actor2_side": 0.906, "date": 0.960,
             "fatalities": 0.896, "injured": 0.895, "sources": 0.830}),
    # the current held-out set (v49: qc_* and qd_*, 50 articles), written blind and never tuned on: a floor, not a
    # target. Pinned from its arrival score (F1 .745, sub .982, attacker .860, date .912, sources .753, with the
    # fifty-second session's starting rules), about one error below each
    "holdout": (ROOT / "corpus" / "holdout", ROOT / "corpus" / "holdout" / "meta.jsonl",
                ROOT / "corpus" / "holdout" / "gold.jsonl",
                {"f1": 0.73, "sub_event_type": 0.96, "actor1_side": 0.84, "date": 0.89, "sources": 0.73}),
}


def score(inputs: Path, meta: Path, gold: Path) -> dict[str, float]:
    """Extract a corpus and score it as `rasd eval` does."""
    mentions = []
    for item in extract_inputs([str(inputs)], meta=str(meta), published=None):
        if hasattr(item, "mentions"):
            doc = item.article.doc_info()
            mentions.extend(m.to_dict(doc) for m in item.mentions)
    golds = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    rep = evaluate(golds, mentions).to_dict()
    slots = rep["slots"]
    return {"f1": rep["events"]["f1"], "sub_event_type": slots["sub_event_type"],
            "actor1_side": slots["actor1_side"], "actor2_side": slots["actor2_side"], "date": slots["date"],
            "fatalities": slots["fatalities"],
            "injured": slots["injured"], "sources": rep["sources_jaccard"]}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_scores_do_not_drop(name: str) -> None:
    """Each score stays at or above its floor."""
    inputs, meta, gold, floors = FLOORS[name]
    if name == "holdout" and os.environ.get("RASD_BLIND") == "1":
        pytest.skip("RASD_BLIND=1: whoever is changing rules does not see the held-out set, not even pass/fail")
    if not gold.exists() or not gold.read_text(encoding="utf-8").strip():
        pytest.skip(f"{gold} is absent or empty: the seed gold lives in ../shared next to the repository, and a held-out set"
                    " is absent between its move into corpus/dev and the arrival of the next one")
    got = score(inputs, meta, gold)
    low = {k: (got[k], v) for k, v in floors.items() if got[k] is None or got[k] < v}
    assert not low, f"{name}: scores below their floors (got, floor): {low}"
