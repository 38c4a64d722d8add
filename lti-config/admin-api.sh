# Shared by the admin API scripts here (sourced, not run): environment checks, a temporary work
# directory, and `call`, which sends one request with the admin token. The sourcing script defines
# `usage`.
# shellcheck shell=bash

fail() {
  printf 'error: %s\n' "$*" >&2
  exit 1
}

usage_error() {
  printf 'error: %s\n\n' "$*" >&2
  usage >&2
  exit 2
}

require_environment() {
  command -v curl >/dev/null 2>&1 || usage_error "curl is needed"
  [[ -n "${CONECTA_BASE_URL:-}" ]] || usage_error "set CONECTA_BASE_URL (e.g. https://lti.example.org)"
  [[ -n "${CONECTA_ADMIN_TOKEN:-}" ]] || usage_error "set CONECTA_ADMIN_TOKEN"
  base_url="${CONECTA_BASE_URL%/}"
  case "$base_url" in
    https://*) ;;
    http://localhost | http://localhost:* | http://127.* | http://\[::1\] | http://\[::1\]:*) ;;
    *) usage_error "CONECTA_BASE_URL must start with https:// (http:// only on localhost): the admin token must not travel in clear text" ;;
  esac
}

work_dir=""
cleanup() {
  if [[ -n "$work_dir" ]]; then
    rm -rf -- "$work_dir"
  fi
}
trap cleanup EXIT

# call METHOD PATH [JSON_FILE]: sets $status, body in $work_dir/body, headers in $work_dir/headers.
# The token goes to curl through a file descriptor, so it never shows in the process list.
call() {
  local method="$1" path="$2" file="${3:-}"
  local -a data=()
  if [[ -n "$file" ]]; then
    data=(--header 'Content-Type: application/json' --data-binary "@$file")
  fi
  status="$(curl --silent --show-error --max-time 30 \
    --request "$method" \
    --header 'Accept: application/json' \
    --header @<(printf 'Authorization: Bearer %s\n' "$CONECTA_ADMIN_TOKEN") \
    "${data[@]}" \
    --dump-header "$work_dir/headers" \
    --output "$work_dir/body" \
    --write-out '%{http_code}' \
    "$base_url$path")" || fail "could not reach $base_url (is CONECTA_BASE_URL right and the tool running?)"
}

show_body() {
  if command -v jq >/dev/null 2>&1 && jq . "$work_dir/body" 2>/dev/null; then
    return
  fi
  cat "$work_dir/body"
  echo
}
