#!/usr/bin/env bash
# Creates a one-time registration link (LTI Dynamic Registration) in Conecta LTI, through the admin API.
#
#   invite-registration.sh [NAME [VALID_HOURS]]   create a link; send it to the LMS administrator
#   invite-registration.sh --list                 list the links: open, used or expired (no URLs)
#   invite-registration.sh --revoke ID            end an open link at once (e.g. sent to the wrong person)
#
#   NAME         what to call the LMS it registers, e.g. "Moodle IES Ejemplo"; empty or absent: the LMS's own name
#   VALID_HOURS  how long the link works, 1-720; default 72
#
# Environment:
#   CONECTA_BASE_URL     the tool's public base URL, e.g. https://lti.example.org
#                        (http:// only for localhost / 127.x / [::1])
#   CONECTA_ADMIN_TOKEN  the admin API bearer token the tool was started with
#
# The link is shown only once: the tool keeps no copy of it. It registers one LMS, then it is spent.
# Exit status: 0 done, 1 the API refused or could not be reached, 2 wrong usage or environment.
set -euo pipefail

usage() {
  sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'
}

# shellcheck source=admin-api.sh
source "$(dirname "${BASH_SOURCE[0]}")/admin-api.sh"

explain_failure() {
  local what="$1"
  printf '%s failed: HTTP %s\n' "$what" "$status" >&2
  show_body >&2
  case "$status" in
    400) echo "hint: a value is invalid (VALID_HOURS must be 1-720, NAME at most 255 characters); see the message above." >&2 ;;
    401) echo "hint: wrong CONECTA_ADMIN_TOKEN, or the tool was started without one (admin API closed)." >&2 ;;
    404) echo "hint: no such invitation id, or CONECTA_BASE_URL does not point at Conecta LTI." >&2 ;;
    409) echo "hint: that link registered its LMS already; it cannot be revoked (see --list)." >&2 ;;
  esac
  exit 1
}

# A bash string as a JSON string: quotes and backslashes escaped; control characters refused.
json_string() {
  local value="$1"
  [[ "$value" != *[[:cntrl:]]* ]] || usage_error "NAME must not contain tabs, line breaks or other control characters"
  value="${value//\\/\\\\}"
  value="${value//\"/\\\"}"
  printf '"%s"' "$value"
}

# json_field NAME: the value of a top-level string field of the answer ("" when absent or null).
json_field() {
  if command -v jq >/dev/null 2>&1; then
    jq -r --arg f "$1" '.[$f] // empty' "$work_dir/body"
  else
    tr -d '\n' <"$work_dir/body" | sed -n "s/.*\"$1\" *: *\"\([^\"]*\)\".*/\1/p"
  fi
}

create_invitation() {
  local name="$1" hours="$2"
  local -a fields=()
  if [[ -n "$name" ]]; then
    fields+=("\"name\": $(json_string "$name")")
  fi
  if [[ -n "$hours" ]]; then
    fields+=("\"validHours\": $hours")
  fi
  local joined=""
  if [[ ${#fields[@]} -gt 0 ]]; then
    joined="$(printf '%s, ' "${fields[@]}")"
    joined="${joined%, }"
  fi
  printf '{%s}\n' "$joined" >"$work_dir/request.json"

  call POST /api/admin/registration-invitations "$work_dir/request.json"
  [[ "$status" == 201 ]] || explain_failure "Creating the registration link"

  local url expires id
  url="$(json_field registrationUrl)"
  expires="$(json_field expiresAt)"
  id="$(tr -d '\n' <"$work_dir/body" | sed -n 's/.*"id" *: *\([0-9][0-9]*\).*/\1/p')"
  [[ -n "$url" ]] || fail "the answer has no registrationUrl: $(cat "$work_dir/body")"

  printf 'Registration link%s (invitation %s), valid until %s:\n\n' \
    "${name:+ for \"$name\"}" "${id:-?}" "${expires:-?}"
  printf '  %s\n\n' "$url"
  echo "Send it to the LMS administrator, who pastes it into the LMS:"
  echo "  Moodle: Site administration > Plugins > Activity modules > External tool > Manage tools > Tool URL > Add LTI Advantage"
  echo "  Canvas: Admin > Developer Keys > + Developer Key > LTI Registration (or Apps, Dynamic Registration)"
  echo "It works once. It is shown only now: the tool keeps no copy (create a new one if it is lost)."
}

revoke_invitation() {
  call DELETE "/api/admin/registration-invitations/$1"
  [[ "$status" == 200 ]] || explain_failure "Revoking the registration link"
  show_body
  printf 'Registration link %s revoked: it answers "expired" from now on.\n' "$1"
}

list_invitations() {
  call GET /api/admin/registration-invitations
  [[ "$status" == 200 ]] || explain_failure "Listing the registration links"
  show_body
}

main() {
  case "${1:-}" in
    -h | --help)
      usage
      exit 0
      ;;
  esac
  case "${1:-}" in
    --list)
      [[ $# -eq 1 ]] || usage_error "--list takes no arguments"
      require_environment
      work_dir="$(mktemp -d)"
      list_invitations
      ;;
    --revoke)
      [[ $# -eq 2 ]] || usage_error "--revoke needs the invitation id (see --list)"
      [[ "$2" =~ ^[0-9]+$ ]] || usage_error "the invitation id is a number, got '$2'"
      require_environment
      work_dir="$(mktemp -d)"
      revoke_invitation "$2"
      ;;
    -*)
      usage_error "unknown option $1"
      ;;
    *)
      [[ $# -le 2 ]] || usage_error "too many arguments (quote a NAME with spaces)"
      local name="${1:-}" hours="${2:-}"
      if [[ -n "$hours" ]]; then
        [[ "$hours" =~ ^[0-9]+$ ]] && ((10#$hours >= 1 && 10#$hours <= 720)) \
          || usage_error "VALID_HOURS is a number of hours from 1 to 720, got '$hours'"
        hours="$((10#$hours))"
      fi
      json_string "$name" >/dev/null
      require_environment
      work_dir="$(mktemp -d)"
      create_invitation "$name" "$hours"
      ;;
  esac
}

main "$@"
