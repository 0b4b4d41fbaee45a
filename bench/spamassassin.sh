#!/usr/bin/env bash
# Spam scores of the bundled letters' e-mails as `send` hands them over: each .eml stamped as
# sent (mail.SentCopy: Date: the moment of the hand-over, X-Unsent off) on the day of its letter
# date and four months later, with the Received: line the organisation's server adds, scored by
# SpamAssassin's local tests (`spamassassin -L -t`, no network tests). Target: every score under
# 2.5 (SpamAssassin's default threshold is 5.0). Runs SpamScoreTest, which skips itself where
# spamassassin is not installed, and prints the scores (also in target/spamassassin/scores.txt).
#
#   apt-get install -y spamassassin     # Debian's package, once
#   bench/spamassassin.sh
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v spamassassin >/dev/null; then
  echo "spamassassin is not installed: apt-get install -y spamassassin" >&2
  exit 2
fi
spamassassin --version | head -n 1
rm -f target/spamassassin/scores.txt
mvn -q -B -Dtest=SpamScoreTest -Dsurefire.failIfNoSpecifiedTests=false test || status=$?
echo
cat target/spamassassin/scores.txt 2>/dev/null || echo "no scores written (see the test's output above)"
exit "${status:-0}"
