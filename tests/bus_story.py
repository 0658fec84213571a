"""A made-up German local story (a council's bus decision), four paragraphs that tests of German and
European template lines set around the line under test."""
from __future__ import annotations

BUS_STORY_DE = (
    "Der Gemeinderat hat am Dienstag nach langer Debatte beschlossen, die Buslinien im Norden deutlich häufiger "
    "fahren zu lassen.",
    "Die Verkehrsbetriebe rechnen mit rund zwanzig zusätzlichen Fahrern, die bis zum Sommer eingestellt werden "
    "sollen, wie ein Sprecher erklärte.",
    "Kritik kam von Anwohnern, die sich über den Lärm der neuen Haltestellen beschweren und eine Versammlung "
    "gefordert haben.",
    "Die Opposition nannte den Beschluss überfällig, bemängelte aber, dass die Finanzierung bisher nicht "
    "gesichert sei.",
)
