"""Two made-up stories (a harbour board's dredging plan, an orchestra's season) that tests of pages carrying
several stories stack: ``OWN`` is the page's own story's body, ``NEXT`` a longer one the page appends."""
from __future__ import annotations

OWN = ("<p>The harbour board agreed on Monday to dredge the eastern channel before the winter storms, after two "
       "cargo ships ran aground there in the autumn.</p>"
       "<p>Work starts next month and should take six weeks, the board said, with the channel closed at night.</p>"
       "<p>Fishermen welcomed the plan but asked for the old mooring posts to be kept for the smaller boats.</p>")
NEXT = "".join(
    f"<p>The regional orchestra opened its season with a long programme of symphonies, and the hall was full for "
    f"every one of the evenings it played this week, its director said after the last concert ({i}).</p>"
    for i in range(9))
