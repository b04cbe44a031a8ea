"""Reading the hand-curated YAML files safely and validating them against the schema's curation models."""
