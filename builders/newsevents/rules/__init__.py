"""Rules that read article text: sentences, time expressions, quantities, events."""
