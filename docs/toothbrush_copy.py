"""The sample product the issue 16 pictures translate: its title and descriptions (Markdown)."""

from __future__ import annotations

TITLE = "Bamboo Toothbrush 4-Pack"
ENGLISH = """## Bamboo Toothbrush 4-Pack

Soft bristles. Made from **bamboo** and designed to be used *every day* for years.

### Features

- Plant-based bristles
- Compostable handle"""
GERMAN = """## Bambus-Zahnbürste, 4er-Pack

Weiche Borsten. Aus **Bambus** und gemacht für *jeden Tag*, über Jahre.

### Merkmale

- Pflanzliche Borsten
- Kompostierbarer Griff"""
