"""rasd: Arabic conflict news to a trustworthy, de-duplicated, geolocated event dataset."""

__version__ = "0.1.0"
RULESET = "rasd_rules.v1"
