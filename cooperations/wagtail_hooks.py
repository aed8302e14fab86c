from wagtail import hooks

from iurc_site.core.search import EXTRA_RESULTS_HOOK

from .search import rollup_results

hooks.register(EXTRA_RESULTS_HOOK, rollup_results)
