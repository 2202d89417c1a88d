"""Rulesets: YAML files validated against `ruleset.schema.json` and compiled into `Rule` objects."""
