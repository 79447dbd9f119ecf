"""Parts of the Rewards page (:mod:`datafi_desktop.ui.rewards_page`): its figures and claims
table (:mod:`.views`), the claim and chain dialogs (:mod:`.dialogs`), and the demo's
"Review and settle now" (:mod:`.demo`)."""
