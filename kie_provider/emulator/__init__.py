"""
A local kie.ai emulator: a real HTTP server for tests and benchmarks, with fault injection.

It speaks the Market API and the dedicated API families listed in :data:`FAMILIES`.

Run it in-process (``with KieEmulator() as emu: ...``) or as a program
(``python -m kie_provider.emulator --port 8765``).
"""

from __future__ import annotations

from kie_provider.emulator.server import DEFAULT_API_KEY, FAMILIES, FAULT_ENDPOINTS, FAULT_KINDS, Fault, KieEmulator

__all__ = ["DEFAULT_API_KEY", "FAMILIES", "FAULT_ENDPOINTS", "FAULT_KINDS", "Fault", "KieEmulator"]
