"""
The names of kie.ai's API families, defined once: the provider (:mod:`kie_provider.families`, the
``family`` arguments of triggers and sensors) and the emulator (:mod:`kie_provider.emulator.families`)
both import them. No imports, so that either side can read it without loading the other.
"""

from __future__ import annotations

MARKET = "market"
VEO = "veo"
VEO_EXTEND = "veo_extend"
SUNO = "suno"
RUNWAY = "runway"
GPT4O_IMAGE = "gpt4o_image"
FLUX_KONTEXT = "flux_kontext"
MIDJOURNEY = "midjourney"
RUNWAY_EXTEND = "runway_extend"
SUNO_EXTEND = "suno_extend"
SUNO_WAV = "suno_wav"
SUNO_VOCAL_REMOVAL = "suno_vocal_removal"
SUNO_MP4 = "suno_mp4"
