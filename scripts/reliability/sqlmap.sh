#!/bin/sh
# SQL injection probe with sqlmap (a manual step: see docs/security.md). Against a server
# you started yourself, on loopback, with demo data:  npm start   (in another terminal)
#   PLANSIGHT_URL=http://127.0.0.1:8080 npm run security:sqlmap
# Logs in as demo-analyst, then lets sqlmap try every query parameter of the list and
# report endpoints, and the JSON body of the login. Prints the command if sqlmap is missing.
set -eu
URL="${PLANSIGHT_URL:-http://127.0.0.1:8080}"
USER="${PLANSIGHT_SQLMAP_USER:-demo-analyst}"
PASS="${PLANSIGHT_SQLMAP_PASSWORD:-demo-analyst-2026}"
COMMON="--batch --level 3 --risk 2 --random-agent --threads 2 --flush-session"
if ! command -v sqlmap >/dev/null 2>&1; then
  echo "sqlmap is not installed (apt-get install sqlmap). The commands this script runs:"
  echo "  sqlmap -u \"$URL/api/observations?indicator=hitech-revenue&region=460100&period=2027&enteredBy=demo-haikou&page=1\" --cookie \"plansight_session=<session>\" $COMMON"
  echo "  sqlmap -u \"$URL/api/enterprises?q=x&region=460100\" --cookie \"plansight_session=<session>\" $COMMON"
  echo "  sqlmap -u \"$URL/api/auth/login\" --data '{\"username\":\"x*\",\"password\":\"y\"}' --headers 'Content-Type: application/json' $COMMON"
  exit 0
fi
SESSION=$(curl -s -i -H 'content-type: application/json' -d "{\"username\":\"$USER\",\"password\":\"$PASS\"}" "$URL/api/auth/login" | sed -n 's/^[Ss]et-[Cc]ookie: plansight_session=\([^;]*\).*/\1/p' | head -n 1)
if [ -z "$SESSION" ]; then echo "cannot log in to $URL as $USER (is the server running with --demo?)" >&2; exit 2; fi
sqlmap -u "$URL/api/observations?indicator=hitech-revenue&region=460100&period=2027&enteredBy=demo-haikou&page=1" --cookie "plansight_session=$SESSION" $COMMON
sqlmap -u "$URL/api/enterprises?q=x&region=460100" --cookie "plansight_session=$SESSION" $COMMON
# The login body; '*' marks the injection point. Expect the login rate limit (429) to slow it down.
sqlmap -u "$URL/api/auth/login" --data "{\"username\":\"x*\",\"password\":\"y\"}" --headers 'Content-Type: application/json' --ignore-code 401,429 $COMMON
