"""Validating contributions (curation YAML, record files) and whole data packages, with located problems."""
