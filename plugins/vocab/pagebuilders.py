"""Page builders' class vocabulary, shared by the chrome step and the locator.

Page builders and block editors put their layout words on every container,
the article's included, so those words are no evidence of page chrome there.
"""
from __future__ import annotations

__all__ = ["ADVANCED_BLOCK_PARTS", "PAGE_BUILDER_PREFIXES", "PAGE_BUILDER_PARTS"]

#: Class prefixes of page builders (Elementor, Divi, WPBakery, Beaver Builder, Gutenberg,
#: Oxygen, SiteOrigin ...): their layout words (PAGE_BUILDER_PARTS) name no page region.
PAGE_BUILDER_PREFIXES = ("elementor", "et_pb", "et-pb", "vc_", "wpb_", "fl-", "wp-block", "ct-", "so-widget",
                         "siteorigin", "brxe", "kb-", "gb-", "uagb", "tdb", "td_block", "jeg_", "fusion",
                         # HubSpot's drag-and-drop grid: every row, column and module of the page is a
                         # "widget-span widget-type-cell", its modules "hs_cos_wrapper_widget"
                         "widget-span", "widget-type-", "hs_cos_wrapper")
#: Layout words that page builders put on every container, the article's included.
PAGE_BUILDER_PARTS = frozenset(("widget", "widgets", "column", "col", "side", "rail", "module", "block"))
#: Element words after ``adv`` in a class name: a page builder's "advanced" block (Kadence's
#: ``kt-adv-heading`` on every heading it sets, ``adv-tabs``, ``adv-button``), no advertisement.
ADVANCED_BLOCK_PARTS = frozenset(("heading", "headings", "title", "text", "tabs", "tab", "button", "buttons", "btn",
                                  "icon", "list", "column", "columns", "row", "section", "accordion", "form",
                                  "testimonial", "testimonials", "spacer", "divider"))
