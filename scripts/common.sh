# SPDX-FileCopyrightText: 2026 Scholion developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Shared by the scripts in this folder; sourced, never run.
#
# Scholion targets Qt 6.8 LTS + KF6 (Debian 13's packages). A host that has them builds
# natively; any other Linux host gets a Debian 13 build root (debootstrap), cached outside the
# checkout, and every build, test and app run goes through `scholion_exec`, which enters that
# root with bubblewrap and keeps the host's paths (checkout, home, /tmp, media, arguments) and
# display sockets where they are.

set -euo pipefail

SCHOLION_SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SCHOLION_PACKAGES="$SCHOLION_SRC/scripts/buildroot-packages.txt"
SCHOLION_SUITE=${SCHOLION_SUITE:-trixie}
SCHOLION_MIRROR=${SCHOLION_MIRROR:-http://deb.debian.org/debian}
SCHOLION_CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/scholion

say() { printf '%s\n' "scholion: $*" >&2; }
die() { printf '%s\n' "scholion: error: $*" >&2; exit 1; }

# The package list without comments, one name per line.
scholion_packages() { sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$SCHOLION_PACKAGES"; }

# The build root's path: its name carries a hash of the package list, the suite and the
# recipe version, so changing any of them builds a new root next to the old one.
scholion_root_path() {
    local hash
    hash=$( { scholion_packages; echo "$SCHOLION_SUITE recipe-2"; } | sha256sum | cut -c1-12)
    printf '%s/buildroot-%s\n' "$SCHOLION_CACHE" "$hash"
}

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Does the host itself provide everything? Answered by configuring a tiny CMake project that
# asks for exactly what Scholion asks for. The answer is cached per host package state.
scholion_host_is_native() {
    case "${SCHOLION_BUILDROOT:-auto}" in
        always) return 1 ;;
        never) return 0 ;;
    esac
    command -v cmake >/dev/null 2>&1 || return 1
    local probe="$SCHOLION_CACHE/host-probe"
    local stamp
    stamp=$( (ls -l --time-style=+%s /var/lib/dpkg/status /var/lib/rpm /var/lib/pacman/local 2>/dev/null; cmake --version) | sha256sum | cut -c1-12)
    if [ -f "$probe/result-$stamp" ]; then
        [ "$(cat "$probe/result-$stamp")" = native ]
        return
    fi
    mkdir -p "$probe"
    rm -f "$probe"/result-*
    if cmake -S "$SCHOLION_SRC/scripts/probe" -B "$probe/build" >"$probe/log" 2>&1; then
        echo native >"$probe/result-$stamp"
        return 0
    fi
    echo buildroot >"$probe/result-$stamp"
    return 1
}

# Runs "$@" in the build environment. Natively, that is just "$@".
scholion_exec() {
    if scholion_host_is_native; then
        "$@"
        return
    fi
    local root
    root=$(scholion_root_path)
    [ -f "$root/.scholion-ready" ] || die "the build root is missing; run scripts/setup first"

    local -a args=(--die-with-parent --new-session)
    # The root's system folders, read-only.
    local d
    for d in usr etc opt var; do
        [ -e "$root/$d" ] && args+=(--ro-bind "$root/$d" "/$d")
    done
    for d in bin sbin lib lib64 lib32 libx32; do
        if [ -L "$root/$d" ]; then
            args+=(--symlink "$(readlink "$root/$d")" "/$d")
        elif [ -d "$root/$d" ]; then
            args+=(--ro-bind "$root/$d" "/$d")
        fi
    done
    args+=(--proc /proc --dev /dev --tmpfs /run --tmpfs /var/tmp)
    [ -r /etc/resolv.conf ] && args+=(--ro-bind /etc/resolv.conf /etc/resolv.conf)
    # The host's identity, so files created inside belong to the user.
    for d in /etc/passwd /etc/group; do args+=(--ro-bind "$d" "$d"); done

    # Host paths that must stay valid: the checkout's parent (so ../shared resolves), home,
    # /tmp (also holds the X11 sockets), media, and the caller's working directory.
    local -a paths=("$(dirname "$SCHOLION_SRC")" "$HOME" /tmp /media /mnt /run/media /srv "$PWD")
    [ -n "${XAUTHORITY:-}" ] && paths+=("$XAUTHORITY")
    if [ -n "${XDG_RUNTIME_DIR:-}" ] && [ -d "$XDG_RUNTIME_DIR" ]; then paths+=("$XDG_RUNTIME_DIR"); fi
    # Any argument that names a host path (or a file about to be created in an existing
    # folder, such as an export target).
    local a p
    for a in "$@"; do
        case "$a" in --*=*) a=${a#*=} ;; esac
        case "$a" in /* | ./* | ../* | ~*) ;; *) [ -e "$a" ] || continue ;; esac
        p=$(realpath -m -- "$a" 2>/dev/null) || continue
        [ -e "$p" ] || p=$(dirname "$p")
        [ -e "$p" ] && paths+=("$p")
    done
    local -A seen=()
    for p in "${paths[@]}"; do
        [ -e "$p" ] || continue
        p=$(realpath -- "$p")
        [ -n "${seen[$p]:-}" ] && continue
        seen[$p]=1
        case "$p" in /usr | /usr/* | /etc | /etc/* | /proc* | /dev* | /) continue ;; esac
        if [ -d "$p" ]; then args+=(--bind "$p" "$p"); else args+=(--bind "$p" "$p"); fi
    done
    args+=(--chdir "$PWD")

    # The root has C.UTF-8 only; keep the host's language for Scholion's translations.
    local lang=${LANG:-C.UTF-8}
    bwrap "${args[@]}" \
        --setenv PATH /usr/local/bin:/usr/bin:/bin \
        --setenv LC_ALL C.UTF-8 \
        --setenv SCHOLION_LANG "${SCHOLION_LANG:-$lang}" \
        --setenv SCHOLION_IN_BUILDROOT 1 \
        "$@"
}

# Prints what the build environment is, for logs and bug reports.
scholion_describe_env() {
    if scholion_host_is_native; then
        say "building natively on $(. /etc/os-release 2>/dev/null; echo "${PRETTY_NAME:-this host}") ($(sed -n 's/^-- Scholion host: //p' "$SCHOLION_CACHE/host-probe/log" 2>/dev/null | tr '\n' ' '))"
    else
        say "building in the Debian 13 root $(scholion_root_path)"
    fi
}

# Configures (once) and builds one CMake preset in the build environment.
scholion_build() {
    local preset=$1
    shift
    local dir="$SCHOLION_SRC/build/$preset"
    if [ ! -f "$dir/CMakeCache.txt" ] || [ ! -f "$dir/build.ninja" ]; then
        (cd "$SCHOLION_SRC" && scholion_exec cmake --preset "$preset" "$@" >&2)
    fi
    scholion_exec cmake --build "$dir" >&2
}
