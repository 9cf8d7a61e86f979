#!/usr/bin/env bash
# Repeatable REST smoke test for the standalone Payload server (stack/payload).
#
# usage: scripts/smoke.sh [BASE_URL] [ADMIN_EMAIL] [ADMIN_PASSWORD]
#   BASE_URL        default http://127.0.0.1:8000
#   ADMIN_EMAIL     default admin@example.com
#   ADMIN_PASSWORD  default supersecret
#
# If the users collection is empty, the admin is created with first-register
# (and must come back with role "admin"); otherwise the script logs in.
# Each run creates its own integration/editor users and products (unique
# suffix) and deletes the products and users again at the end.
#
# EXPECT_ANON_MEDUSA=1  the server runs with PAYLOAD_ALLOW_ANONYMOUS_MEDUSA=1:
#                       expect anonymous ?is_from_medusa creates to succeed (201).
# Needs: curl, python3. Exit code 0 only when every check passed.
set -u

BASE=${1:-http://127.0.0.1:8000}
BASE=${BASE%/}
ADMIN_EMAIL=${2:-admin@example.com}
ADMIN_PASSWORD=${3:-supersecret}
EXPECT_ANON=${EXPECT_ANON_MEDUSA:-0}

RUN=$(date +%s)-$$
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
PASS=0
FAIL=0
STATUS=
BODY="$TMP/body"

ok() { PASS=$((PASS + 1)); printf '  ok    %s\n' "$1"; }
bad() { FAIL=$((FAIL + 1)); printf '  FAIL  %s\n' "$1"; printf '        status=%s body=%s\n' "$STATUS" "$(head -c 400 "$BODY" 2>/dev/null)"; }

# req METHOD PATH [extra curl args...]  -> sets STATUS, body in $BODY
req() {
  local method=$1 path=$2
  shift 2
  STATUS=$(curl -sS -g -o "$BODY" -w '%{http_code}' -X "$method" "$BASE$path" "$@" 2>"$TMP/curl.err") || STATUS=000
}
# jreq METHOD PATH AUTH_HEADER_VALUE JSON  (AUTH may be "")
jreq() {
  local method=$1 path=$2 auth=$3 data=${4:-}
  local args=(-H 'Content-Type: application/json')
  [ -n "$auth" ] && args+=(-H "Authorization: $auth")
  [ -n "$data" ] && args+=(--data "$data")
  req "$method" "$path" "${args[@]}"
}
# jget PYTHON_EXPR  (evaluated with d = parsed body); prints result or empty
jget() {
  python3 - "$BODY" "$1" <<'PY' 2>/dev/null
import json, sys
d = json.load(open(sys.argv[1]))
v = eval(sys.argv[2], {"d": d})
print(json.dumps(v) if isinstance(v, (dict, list)) else ("" if v is None else v))
PY
}
# check NAME EXPECTED_STATUS [PYTHON_CONDITION]
check() {
  local name=$1 want=$2 cond=${3:-}
  if [ "$STATUS" != "$want" ]; then bad "$name (want $want)"; return 1; fi
  if [ -n "$cond" ] && [ "$(jget "bool($cond)")" != "True" ]; then bad "$name (condition: $cond)"; return 1; fi
  ok "$name"
}
uuid() { python3 -c 'import uuid; print(uuid.uuid4())'; }

echo "Payload smoke test against $BASE (run $RUN)"

# --- health -----------------------------------------------------------------
req GET /health
check "GET /health is 200 {status: ok}" 200 'd["status"] == "ok"'

# --- admin: first-register or login -----------------------------------------
ADMIN_JSON=$(python3 -c 'import json,sys; print(json.dumps({"email":sys.argv[1],"password":sys.argv[2],"confirm-password":sys.argv[2]}))' "$ADMIN_EMAIL" "$ADMIN_PASSWORD")
jreq POST /api/users/first-register "" "$ADMIN_JSON"
if [ "$STATUS" = 200 ]; then
  check "first-register creates the first user as role admin" 200 'd["user"]["role"] == "admin"'
else
  jreq POST /api/users/login "" "$ADMIN_JSON"
  check "admin login (users already existed)" 200 'd["user"]["role"] == "admin"' || { echo "cannot log in as admin; giving up"; exit 1; }
fi
ADMIN_TOKEN=$(jget 'd["token"]')
ADMIN_ID=$(jget 'd["user"]["id"]')
ADMIN="JWT $ADMIN_TOKEN"

jreq POST /api/users/first-register "" '{"email":"second@example.com","password":"x12345678","confirm-password":"x12345678"}'
check "first-register is refused once a user exists" 403

# --- users and API keys -------------------------------------------------------
mkuser() { # role -> sets NEW_ID
  NEW_ID=
  jreq POST /api/users "$ADMIN" "{\"email\":\"$1-$RUN@example.com\",\"password\":\"pw-$RUN\",\"role\":\"$1\"}"
  check "admin creates a $1 user" 201 "d['doc']['role'] == '$1'" && NEW_ID=$(jget 'd["doc"]["id"]')
}
mkuser integration; INTEG_ID=$NEW_ID
mkuser editor; EDITOR_ID=$NEW_ID
[ -n "$INTEG_ID" ] && [ -n "$EDITOR_ID" ] || { echo "could not create the test users; giving up"; echo "smoke: $PASS passed, $((FAIL + 1)) failed"; exit 1; }

jreq POST /api/users "" "{\"email\":\"anon-$RUN@example.com\",\"password\":\"pw-$RUN\"}"
check "anonymous cannot create users" 403

INTEG_KEY=$(uuid)
EDITOR_KEY=$(uuid)
jreq PATCH "/api/users/$INTEG_ID" "$ADMIN" "{\"enableAPIKey\":true,\"apiKey\":\"$INTEG_KEY\"}"
check "enable API key for the integration user" 200 'd["doc"]["enableAPIKey"] is True'
jreq PATCH "/api/users/$EDITOR_ID" "$ADMIN" "{\"enableAPIKey\":true,\"apiKey\":\"$EDITOR_KEY\"}"
check "enable API key for the editor user" 200
INTEG="users API-Key $INTEG_KEY"
EDITOR="users API-Key $EDITOR_KEY"

jreq GET /api/users/me "$INTEG"
check "integration API key authenticates (/users/me has user, role integration)" 200 'd["user"]["role"] == "integration"'
jreq GET /api/users/me "users API-Key not-a-real-key"
check "a bad API key is anonymous (user null)" 200 'd["user"] is None'

jreq PATCH "/api/users/$EDITOR_ID" "$EDITOR" '{"role":"admin"}'
check "editor cannot promote itself (role stays editor)" 200 'd["doc"]["role"] == "editor"'
jreq GET "/api/users/$ADMIN_ID" "$EDITOR"
check "editor cannot read other users" 404
jreq GET /api/users "$EDITOR"
check "editor lists only itself" 200 'd["totalDocs"] == 1'

# --- products: create/delete access ----------------------------------------------
PRODUCT=$(cat <<EOF
{"medusa_id":"prod_smoke_$RUN","title":"Smoke $RUN","subtitle":"sub","description":"# Hello\n\nSome **bold** text.",
 "options":[{"title":"Size","medusa_id":"opt_$RUN"}],
 "variants":[{"title":"S","medusa_id":"var_s_$RUN","option_values":[{"medusa_id":"optval_s_$RUN","medusa_option_id":"opt_$RUN","value":"S"}]},
             {"title":"M","medusa_id":"var_m_$RUN","option_values":[{"medusa_id":"optval_m_$RUN","medusa_option_id":"opt_$RUN","value":"M"}]}]}
EOF
)
jreq POST "/api/products?is_from_medusa=true" "$INTEG" "$PRODUCT"
check "integration key + ?is_from_medusa=true creates a product (201)" 201 'd["doc"]["description"]["root"]["children"][0]["type"] == "heading"'
PID=$(jget 'd["doc"]["id"]')

jreq POST "/api/products" "$INTEG" "${PRODUCT//prod_smoke_/prod_noflag_}"
check "integration key without the flag cannot create (403)" 403

ANON_PRODUCT=${PRODUCT//prod_smoke_/prod_anon_}
jreq POST "/api/products?is_from_medusa=true" "" "$ANON_PRODUCT"
if [ "$EXPECT_ANON" = 1 ]; then
  check "legacy mode: anonymous ?is_from_medusa=true creates (201)" 201
  ANON_PID=$(jget 'd["doc"]["id"]')
  jreq DELETE "/api/products/$ANON_PID?is_from_medusa=true" ""
  check "legacy mode: anonymous ?is_from_medusa=true deletes (200)" 200
else
  check "anonymous ?is_from_medusa=true cannot create (403)" 403
fi

jreq POST "/api/products?is_from_medusa=true" "$EDITOR" "${PRODUCT//prod_smoke_/prod_editor_}"
if [ "$EXPECT_ANON" = 1 ]; then
  check "legacy mode: editor key + ?is_from_medusa=true creates too (201)" 201
  jreq DELETE "/api/products/$(jget 'd["doc"]["id"]')?is_from_medusa=true" "$EDITOR"
  check "legacy mode: editor key + ?is_from_medusa=true deletes too (200)" 200
else
  check "editor key + ?is_from_medusa=true cannot create (403)" 403
fi
jreq POST "/api/products?is_from_medusa=" "" "${PRODUCT//prod_smoke_/prod_empty_}"
check "an empty is_from_medusa value never creates (403)" 403
jreq POST "/api/products?is_from_medusa=true" "$INTEG" "$PRODUCT"
check "duplicate medusa_id is a 400 unique validation error" 400 'd["errors"][0]["data"]["errors"][0]["path"] == "medusa_id"'

# --- products: read and editor updates -------------------------------------------
jreq GET "/api/products/$PID" ""
check "anonymous cannot read products (403)" 403
jreq GET "/api/products/$PID?depth=0" "$EDITOR"
check "editor reads the product" 200 'd["medusa_id"].startswith("prod_smoke_")'
cp "$BODY" "$TMP/product.json"

jreq PATCH "/api/products/$PID" "$EDITOR" '{"title":"Edited title","description":"## Edited\n\n*italic* and `code`","seo":{"meta_title":"MT","meta_description":"MD","meta_keywords":"a,b"}}'
check "editor PATCH title/description(markdown)/seo (200)" 200 \
  'd["doc"]["title"] == "Edited title" and d["doc"]["description"]["root"]["children"][0]["tag"] == "h2" and d["doc"]["seo"]["meta_title"] == "MT"'

jreq PATCH "/api/products/$PID" "$EDITOR" '{"medusa_id":"hijacked"}'
check "editor PATCH medusa_id is silently dropped" 200 'd["doc"]["medusa_id"].startswith("prod_smoke_")'

# structure edits built from the product as read (rows keep their ids)
structure() { python3 - "$TMP/product.json" "$1" <<'PY'
import json, sys
p = json.load(open(sys.argv[1])); what = sys.argv[2]
v = p["variants"]; o = p["options"]
if what == "drop-variant":   body = {"variants": v[:1]}
elif what == "add-option":   body = {"options": o + [{"title": "Color", "medusa_id": "opt_new"}]}
elif what == "swap-option-id": body = {"options": [dict(o[0], medusa_id="opt_other")]}
elif what == "drop-option-value":
    v2 = json.loads(json.dumps(v)); v2[0]["option_values"] = []; body = {"variants": v2}
elif what == "rename":
    v2 = json.loads(json.dumps(v)); v2[0]["title"] = "Small"; v2[0]["option_values"][0]["value"] = "Small"
    o2 = json.loads(json.dumps(o)); o2[0]["title"] = "Taille"
    body = {"variants": v2, "options": o2}
print(json.dumps(body))
PY
}
jreq PATCH "/api/products/$PID" "$EDITOR" "$(structure drop-variant)"
check "editor removing a variant row is a 400 validation error" 400 'd["errors"][0]["data"]["errors"][0]["message"] == "Variants cannot be changed in number"'
jreq PATCH "/api/products/$PID" "$EDITOR" "$(structure add-option)"
check "editor adding an option row is a 400 validation error" 400 'd["errors"][0]["data"]["errors"][0]["message"] == "Options cannot be changed in number"'
jreq PATCH "/api/products/$PID" "$EDITOR" "$(structure swap-option-id)"
check "editor changing an option medusa_id is a 400 validation error" 400 'd["errors"][0]["data"]["errors"][0]["path"] == "options"'
jreq PATCH "/api/products/$PID" "$EDITOR" "$(structure drop-option-value)"
check "editor removing an option value is a 400 validation error" 400 'd["errors"][0]["data"]["errors"][0]["message"] == "Option values cannot be changed in number"'
jreq PATCH "/api/products/$PID" "$EDITOR" "$(structure rename)"
check "editor renaming option/variant titles and option values (200)" 200 \
  'd["doc"]["variants"][0]["title"] == "Small" and d["doc"]["variants"][0]["option_values"][0]["value"] == "Small" and d["doc"]["options"][0]["title"] == "Taille"'
jreq PATCH "/api/products/$PID?is_from_medusa=true" "$INTEG" "$(structure drop-variant)"
check "integration + flag may change the variant rows (200)" 200 'len(d["doc"]["variants"]) == 1'

jreq PATCH "/api/products/$PID?is_from_medusa=true" "$INTEG" "{\"medusa_id\":\"prod_smoke_moved_$RUN\"}"
check "integration + flag may change medusa_id" 200 'd["doc"]["medusa_id"].startswith("prod_smoke_moved_")'
jreq PATCH "/api/products?where[medusa_id][in]=prod_smoke_moved_$RUN,nothing&is_from_medusa=true" "$INTEG" '{"subtitle":"bulk"}'
check "integration bulk PATCH by where (Medusa's update path)" 200 'len(d["docs"]) == 1 and d["docs"][0]["subtitle"] == "bulk" and d["errors"] == []'
jreq PATCH "/api/products?where[medusa_id][in]=prod_smoke_moved_$RUN" "$EDITOR" '{"variants":[]}'
check "editor bulk PATCH that drops variants fails (400, doc error)" 400 'd["docs"] == [] and len(d["errors"]) == 1'
jreq GET "/api/products?where[medusa_id][in]=prod_smoke_moved_$RUN&select[medusa_id]=true&limit=0" "$EDITOR"
check "find with where/select/limit=0" 200 'd["totalDocs"] == 1 and set(d["docs"][0]) == {"id", "medusa_id"}'

jreq DELETE "/api/products/$PID" "$EDITOR"
check "editor cannot delete without the flag (403)" 403
if [ "$EXPECT_ANON" != 1 ]; then
  jreq DELETE "/api/products/$PID?is_from_medusa=true" "$EDITOR"
  check "editor cannot delete, even with the flag (403)" 403
fi
jreq DELETE "/api/products/$PID" "$INTEG"
check "integration cannot delete without the flag (403)" 403

# --- media ---------------------------------------------------------------------
python3 - "$TMP/red-$RUN.png" <<'PY'
import struct, sys, zlib
w = h = 8
raw = b"".join(b"\x00" + b"\xff\x00\x00" * w for _ in range(h))
def chunk(t, data): return struct.pack(">I", len(data)) + t + data + struct.pack(">I", zlib.crc32(t + data) & 0xffffffff)
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
open(sys.argv[1], "wb").write(png)
PY
req POST /api/media -H "Authorization: $EDITOR" -F "file=@$TMP/red-$RUN.png;type=image/png" -F '_payload={"alt":"red square"}'
check "editor uploads media (multipart file + _payload) (201)" 201 'd["doc"]["alt"] == "red square" and d["doc"]["mimeType"] == "image/png"'
MEDIA_ID=$(jget 'd["doc"]["id"]')
MEDIA_URL=$(jget 'd["doc"]["url"]')
req POST /api/media -F "file=@$TMP/red-$RUN.png;type=image/png"
check "anonymous cannot upload media (403)" 403
req GET "$MEDIA_URL"
if [ "$STATUS" = 200 ] && cmp -s "$BODY" "$TMP/red-$RUN.png"; then ok "GET $MEDIA_URL serves the same bytes anonymously"; else bad "GET $MEDIA_URL"; fi
jreq PATCH "/api/products/$PID" "$EDITOR" "{\"thumbnail\":$MEDIA_ID,\"images\":[{\"image\":$MEDIA_ID}]}"
check "editor attaches thumbnail and images (populated at depth 2)" 200 'd["doc"]["thumbnail"]["url"].startswith("/api/media/file/") and d["doc"]["images"][0]["image"]["alt"] == "red square"'

# --- document locking (on by default) ------------------------------------------------
jreq POST /api/payload-locked-documents "$EDITOR" "{\"document\":{\"relationTo\":\"products\",\"value\":$PID},\"globalSlug\":null,\"user\":{\"relationTo\":\"users\",\"value\":$EDITOR_ID}}"
check "editor takes a document lock (as the admin UI does)" 201
jreq PATCH "/api/products/$PID?is_from_medusa=true" "$INTEG" '{"subtitle":"while locked"}'
check "a locked product refuses other users' PATCH (423)" 423
jreq PATCH "/api/products/$PID?is_from_medusa=true&overrideLock=true" "$INTEG" '{"subtitle":"override"}'
check "?overrideLock=true updates anyway (200)" 200 'd["doc"]["subtitle"] == "override"'

# --- clean up ---------------------------------------------------------------------
jreq DELETE "/api/products?where[medusa_id][in]=prod_smoke_moved_$RUN&is_from_medusa=true" "$INTEG"
check "integration key + ?is_from_medusa=true bulk-deletes by medusa_id (Medusa's delete path)" 200 'len(d["docs"]) == 1'
jreq GET "/api/products/$PID" "$EDITOR"
check "the deleted product is gone (404)" 404
jreq DELETE "/api/media/$MEDIA_ID" "$EDITOR"
check "delete the uploaded media" 200
jreq DELETE "/api/users/$EDITOR_ID" "$EDITOR"
check "editor cannot delete users (403)" 403
for id in "$INTEG_ID" "$EDITOR_ID"; do
  jreq DELETE "/api/users/$id" "$ADMIN"
  check "admin deletes smoke user $id" 200
done

echo "smoke: $PASS passed, $FAIL failed"
[ "$FAIL" = 0 ]
