#!/usr/bin/env bash
# The library as a user gets it: installs cbow into the local Maven repository, then compiles and
# runs the README's example program in a separate project that depends on it, its class path
# resolved by Maven from the installed pom (so an undeclared dependency fails here).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
version="$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | head -n 1)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mvn -q -B -DskipTests install
cat > "$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>example</groupId><artifactId>uses-cbow</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>dev.cbow</groupId><artifactId>cbow</artifactId><version>$version</version></dependency>
  </dependencies>
</project>
POM
(cd "$work" && mvn -q -B dependency:build-classpath -Dmdep.outputFile=cp.txt)
cp="$(cat "$work/cp.txt")"
case "$cp" in *picocli*|*xchart*) echo "library-check: the library drags in command-line dependencies: $cp" >&2; exit 1;; esac
# the java block after the README's marker, as ReadmeExampleTest reads it
awk '/<!-- api-example -->/{found=1; next} found && /^```java/{inside=1; next} inside && /^```/{exit} inside{print}' README.md > "$work/Example.java"
javac -d "$work" -cp "$cp" "$work/Example.java"
java -cp "$work:$cp" Example "$root/data/planted.txt" "$work/vectors.bin"
echo "library-check: the README example compiled and ran against the installed dev.cbow:cbow:$version"
