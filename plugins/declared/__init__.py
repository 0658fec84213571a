"""Readers of the ``htmlmeta`` plugin, as modules of their own (no hooks here: not plugins).

* ``jsonld``: the page's JSON-LD objects (bounded, bad JSON skipped) and which describe the article;
* ``people``: author values as names of people (or the organisations they credit);
* ``zone``: the zone of declared times that give none, and the text the page's language is read from;
* ``head``: the page's ``<meta>``, ``<script>``, ``<title>`` and ``<h1>`` elements, one walk shared with
  the ``title`` plugin's ``title:head`` step;
* ``elements``: the body's microdata, ``<time>``, byline- and date-classed elements and the dateline
  next to the first ``<h1>``, read when the head says too little.
"""
