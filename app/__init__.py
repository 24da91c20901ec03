"""raadgiver: the answering side (the engine and its front doors) and the core both sides share."""
import os

# The embedding model's OpenMP threads busy-wait between calls by default; under CPU contention (several
# workers, an ingest beside the API) that made asks 3-10x slower. Passive waiting, measured on 2 cores:
# loaded ask p50 353 -> 49 ms, p95 1.3-2.3 s -> 104-162 ms. Set before any OpenMP runtime loads; an
# explicit OMP_WAIT_POLICY in the environment wins.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
