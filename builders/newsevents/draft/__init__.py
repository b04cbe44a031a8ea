"""Drafting a reading: the rules' candidates for one article, in the curators' own file format."""
