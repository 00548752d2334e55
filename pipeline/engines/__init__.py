"""Ways to run a batch beyond one machine's processes (``pipeline.run`` is the local engine)."""
