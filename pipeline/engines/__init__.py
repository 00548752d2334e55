"""Ways to run a batch beyond one machine's processes (``spacerec.run`` is the local engine)."""
