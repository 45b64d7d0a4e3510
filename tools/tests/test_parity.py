"""IJava parity for users who bring their own code: %maven, %mavenRepo, %%loadFromPOM, %load errors."""
from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path



def publish(repo: Path, artifact: str, class_name: str, java_source: str, tmp: Path) -> None:
    """Compiles one class of package ``parity`` into test.parity:ARTIFACT:1.0 of a file-based Maven repository."""
    source = tmp / f"src-{artifact}" / "parity" / f"{class_name}.java"
    source.parent.mkdir(parents=True)
    source.write_text(java_source)
    classes = tmp / f"classes-{artifact}"
    subprocess.run([shutil.which("javac"), "--release", "17", "-d", str(classes), str(source)], check=True)
    target = repo / "test" / "parity" / artifact / "1.0"
    target.mkdir(parents=True)
    jar = target / f"{artifact}-1.0.jar"
    subprocess.run([shutil.which("jar"), "cf", str(jar), "-C", str(classes), "."], check=True)
    pom = target / f"{artifact}-1.0.pom"
    pom.write_text("<project><modelVersion>4.0.0</modelVersion><groupId>test.parity</groupId>"
                   f"<artifactId>{artifact}</artifactId><version>1.0</version></project>")
    for f in (jar, pom):
        (f.parent / (f.name + ".sha1")).write_text(hashlib.sha1(f.read_bytes()).hexdigest())


def test_maven_magic_resolves_from_an_added_repository_and_the_class_is_usable_next_cell(kernel, tmp_path):
    repo = tmp_path / "repo"
    publish(repo, "greeter", "Greeter", 'package parity; public class Greeter { public static String hi() { return "hi from maven"; } }', tmp_path)
    added = kernel.execute(f"%mavenRepo parity {repo.as_uri()}\n%maven test.parity:greeter:1.0")
    assert added.status == "ok", added.describe()
    assert "greeter-1.0.jar" in added.stream(), added.describe()
    used = kernel.execute("parity.Greeter.hi()")
    assert used.status == "ok" and used.result == "hi from maven", used.describe()


def test_load_from_pom_resolves_a_dependencies_fragment(kernel, tmp_path):
    repo = tmp_path / "repo"
    publish(repo, "pommed", "Pommed", "package parity; public class Pommed { }", tmp_path)
    run = kernel.execute("%%loadFromPOM\n"
                         f"<repositories><repository><id>pommed</id><url>{repo.as_uri()}</url></repository></repositories>\n"
                         "<dependencies><dependency><groupId>test.parity</groupId><artifactId>pommed</artifactId>"
                         "<version>1.0</version></dependency></dependencies>")
    assert run.status == "ok" and "pommed-1.0.jar" in run.stream(), run.describe()


def test_an_unresolvable_coordinate_is_a_clear_error(kernel):
    run = kernel.execute("%maven test.parity:does-not-exist:0.0.1", timeout=120)
    assert run.status == "error", run.describe()
    assert "cannot resolve test.parity:does-not-exist:0.0.1" in run.errors[0]["evalue"], run.describe()
    after = kernel.execute("1+1")
    assert after.status == "ok" and after.result == "2", after.describe()


def test_errors_in_a_loaded_file_point_at_the_file_line(kernel, tmp_path):
    script = tmp_path / "model.jsh"
    script.write_text("int ok = 1;\n\nint[] xs = new int[1];\nint bad = xs[3];\n")
    run = kernel.execute(f"%load {script}")
    assert run.status == "error", run.describe()
    assert "model.jsh, line 4" in run.traceback(), run.traceback()


def test_progress_is_one_output_updated_in_place(kernel):
    msg_id = kernel.kc.execute("try (Progress p = Progress.start(\"demo\", 10)) {\n"
                               "    for (int i = 0; i < 10; i++) { Thread.sleep(100); p.advance(1); }\n"
                               "}")
    run = kernel.collect(msg_id, timeout=60)
    assert run.status == "ok", run.describe()
    shown = run.of_type("display_data")
    updates = run.of_type("update_display_data")
    assert len(shown) == 1 and "<progress" in shown[0]["content"]["data"]["text/html"], run.describe()
    display_id = shown[0]["content"]["transient"]["display_id"]
    assert updates and all(u["content"]["transient"]["display_id"] == display_id for u in updates), run.describe()
    final = updates[-1]["content"]["data"]["text/plain"]
    assert final.startswith("demo: 100% (10 of 10)") and final.endswith("done"), final
