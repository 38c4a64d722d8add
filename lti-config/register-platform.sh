#!/usr/bin/env bash
# Registers an LMS (a "platform") and one of its deployments in Conecta LTI, through the admin API.
#
#   register-platform.sh PLATFORM_JSON [DEPLOYMENT_JSON]   register a platform, then (optionally) a deployment
#   register-platform.sh --platform-id ID DEPLOYMENT_JSON  add a deployment to a registered platform
#   register-platform.sh --list                            list the registered platforms
#
# Environment:
#   CONECTA_BASE_URL     the tool's public base URL, e.g. https://lti.example.org
#                        (http:// only for localhost / 127.x / [::1])
#   CONECTA_ADMIN_TOKEN  the admin API bearer token the tool was started with
#
# Examples: examples/moodle-platform.json, examples/canvas-platform.json, examples/deployment.json.
# Exit status: 0 done, 1 the API refused or could not be reached, 2 wrong usage or environment.
set -euo pipefail

usage() {
  sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'
}

# shellcheck source=admin-api.sh
source "$(dirname "${BASH_SOURCE[0]}")/admin-api.sh"

require_file() {
  [[ -f "$1" && -r "$1" ]] || usage_error "cannot read $1"
  if command -v jq >/dev/null 2>&1; then
    jq empty "$1" 2>/dev/null || fail "$1 is not valid JSON"
  fi
}

explain_failure() {
  local what="$1"
  printf '%s failed: HTTP %s\n' "$what" "$status" >&2
  show_body >&2
  case "$status" in
    400) echo "hint: a field is missing or invalid (URLs must be https://); see the message above." >&2 ;;
    401) echo "hint: wrong CONECTA_ADMIN_TOKEN, or the tool was started without one (admin API closed)." >&2 ;;
    404) echo "hint: no such platform id, or CONECTA_BASE_URL does not point at Conecta LTI." >&2 ;;
    409) echo "hint: already registered (same issuer and client id, or same deployment id). See --list;" \
      "correct a platform's endpoints with PUT /api/admin/platforms/{id}." >&2 ;;
  esac
  if [[ -n "${platform_id:-}" ]]; then
    printf 'The platform itself is registered (id %s): retry with --platform-id %s DEPLOYMENT_JSON\n' \
      "$platform_id" "$platform_id" >&2
  fi
  exit 1
}

# The id at the end of the Location header of a 201 answer.
created_id() {
  local location
  location="$(tr -d '\r' <"$work_dir/headers" | sed -n 's/^[Ll]ocation: *//p' | tail -n 1)"
  [[ "$location" =~ /([0-9]+)$ ]] || fail "the answer has no Location header with the new id"
  printf '%s\n' "${BASH_REMATCH[1]}"
}

register_platform() {
  call POST /api/admin/platforms "$1"
  [[ "$status" == 201 ]] || explain_failure "Registering the platform"
  show_body
  platform_id="$(created_id)"
  printf 'Platform registered with id %s.\n' "$platform_id"
}

add_deployment() {
  call POST "/api/admin/platforms/$1/deployments" "$2"
  [[ "$status" == 201 ]] || explain_failure "Adding the deployment"
  show_body
  printf 'Deployment registered for platform %s.\n' "$1"
}

list_platforms() {
  call GET /api/admin/platforms
  [[ "$status" == 200 ]] || explain_failure "Listing platforms"
  show_body
}

main() {
  if [[ $# -eq 0 ]]; then
    usage_error "nothing to do"
  fi
  case "$1" in
    -h | --help)
      usage
      exit 0
      ;;
  esac
  require_environment
  work_dir="$(mktemp -d)"
  case "$1" in
    --list)
      [[ $# -eq 1 ]] || usage_error "--list takes no arguments"
      list_platforms
      ;;
    --platform-id)
      [[ $# -eq 3 ]] || usage_error "--platform-id needs an id and a deployment file"
      [[ "$2" =~ ^[0-9]+$ ]] || usage_error "the platform id is a number, got '$2'"
      require_file "$3"
      add_deployment "$2" "$3"
      ;;
    -*)
      usage_error "unknown option $1"
      ;;
    *)
      [[ $# -le 2 ]] || usage_error "too many arguments"
      require_file "$1"
      if [[ $# -eq 2 ]]; then
        require_file "$2"
      fi
      register_platform "$1"
      if [[ $# -eq 2 ]]; then
        add_deployment "$platform_id" "$2"
      else
        printf 'Add its deployment with: %s --platform-id %s DEPLOYMENT_JSON\n' "$0" "$platform_id"
      fi
      ;;
  esac
}

main "$@"
