#!/usr/bin/env bash
# Creates one GitHub issue per next action of a Trustline assessment, highest priority
# first, with the GitHub CLI (https://cli.github.com/). Read it, then run: bash <this file>
# It needs gh signed in (gh auth login) with permission to create issues and labels.
# It stops at the first error; running it again creates the issues made before the error
# a second time.
set -euo pipefail

if ! command -v gh >/dev/null 2>&1; then
	echo 'The GitHub CLI (gh) is not installed: see https://cli.github.com/' >&2
	exit 1
fi

repo='contoso/payments'

echo 'Creating 2 issues from the Trustline assessment Payments team (2026-11-26) in contoso/payments.'

# Labels: an existing label is left as it is.
gh label create 'trustline' --repo "$repo" --color 5319e7 --description 'From a Trustline assessment' >/dev/null 2>&1 || true
gh label create 'devops-platform' --repo "$repo" --color ededed --description 'From a Trustline assessment' >/dev/null 2>&1 || true

# Action 1 of 2
gh issue create --repo "$repo" \
	--title 'Build provenance: from Traditional to Initial' \
	--label 'trustline' --label 'devops-platform' \
	--body 'Raise “Build provenance” (control 202, DevOps platform) from Traditional to Initial. The target for this environment is Optimal.

### What Initial looks like

some

### Threats it mitigates

- Tampered build (High)

### How to get there

Follow the guide: https://trustline.example/guides/build-provenance-attestations/#from-traditional-to-initial

---

Action 1 of 2 from the Trustline assessment Payments team (2026-11-26), priority 36 (weight × (1 + severities of the threats mitigated) × stages to climb).
'

# Action 2 of 2
gh issue create --repo "$repo" \
	--title 'Short-lived pipeline credentials: from Initial to Advanced' \
	--label 'trustline' --label 'devops-platform' \
	--body 'Raise “Short-lived pipeline credentials” (control 201, DevOps platform) from Initial to Advanced. The target for this environment is Optimal.

### What Advanced looks like

most

### Threats it mitigates

- Stolen token (High)
- Tampered build (High)

### How to get there

Follow the guide: https://trustline.example/guides/short-lived-credentials/#from-initial-to-advanced

---

Action 2 of 2 from the Trustline assessment Payments team (2026-11-26), priority 28 (weight × (1 + severities of the threats mitigated) × stages to climb).
'
