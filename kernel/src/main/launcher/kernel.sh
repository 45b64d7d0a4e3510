#!/bin/sh
# Starts the mdlab kernel. kernel.json runs: sh kernel.sh JAVA JVM-OPTIONS... -jar JAR CONNECTION_FILE
#
# Adds the AppCDS archive (a faster start) trained for this kernelspec location and this JDK. When
# there is none, or it was trained elsewhere (a kernelspec copied by `jupyter kernelspec install`),
# for another JDK build or an older jar, the kernel starts without it (the JVM's default archive) and
# org.mdlab.kernel.CdsTraining trains it in the background at the lowest priority, so the next start
# is fast. The archive is mdlab.jsa next to this script, or, when this directory is not writable,
# mdlab-CRC.jsa in $MDLAB_CACHE_DIR (default: $XDG_CACHE_HOME/mdlab, else $HOME/.cache/mdlab).
# The JVM checks every archive itself and silently ignores one it cannot use (-Xlog:cds*=off).
# On JDK 23+ libraries' use of sun.misc.Unsafe memory access is allowed, so it prints no warning.
#
# sh kernel.sh --train JAVA ...   trains the archive in the foreground and exits (./mdlab build).

train=
if [ "$1" = --train ]; then
  train=1
  shift
fi
java=$1
shift
case $0 in
  */*) here=${0%/*} ;;
  *) here=. ;;
esac
case $here in
  /*) ;;
  *) here=$(cd "$here" && pwd) ;;
esac
jar=$here/mdlab-kernel.jar

release=${java%/bin/java}/release
runtime=
if [ -r "$release" ]; then
  while IFS='=' read -r name value; do
    [ "$name" = JAVA_RUNTIME_VERSION ] && runtime=$value
  done < "$release"
fi
key="$here $java $runtime"
major=${runtime#\"}
major=${major%%[!0-9]*}
if [ -n "$major" ] && [ "$major" -ge 23 ]; then
  set -- --sun-misc-unsafe-memory-access=allow "$@"
fi

current() {
  [ -f "$1" ] && [ -f "$1.key" ] && [ "$1" -nt "$jar" ] && read -r stamp < "$1.key" && [ "$stamp" = "$key" ]
}

archive=$here/mdlab.jsa
if ! current "$archive" && [ ! -w "$here" ]; then
  cache=${MDLAB_CACHE_DIR:-${XDG_CACHE_HOME:-${HOME:-/nonexistent}/.cache}/mdlab}
  crc=$(printf '%s' "$key" | cksum)
  archive=$cache/mdlab-${crc%% *}.jsa
fi

if [ -n "$train" ]; then
  exec "$java" -XX:+RecordDynamicDumpInfo -Dmdlab.cds.wait=true "-Dmdlab.cds.archive=$archive" \
    "-Dmdlab.cds.key=$key" "$@"
fi
if current "$archive"; then
  exec "$java" "-XX:SharedArchiveFile=$archive" "$@"
fi
detach=
command -v setsid >/dev/null 2>&1 && detach=setsid
( $detach nice -n 19 "$java" -XX:+RecordDynamicDumpInfo "-Dmdlab.cds.archive=$archive" "-Dmdlab.cds.key=$key" \
    "$@" </dev/null >/dev/null 2>&1 & )
exec "$java" "$@"
