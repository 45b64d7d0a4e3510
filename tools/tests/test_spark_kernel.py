"""The Spark engine loaded into a running mdlab kernel on request (``%jars``), without touching the
default kernel's start-up: the same sweep, typed into cells, gives the local engine's table on embedded
Spark. ``./mdlab build`` puts the module's jar and Spark's in ``spark/target``."""
from __future__ import annotations

from pathlib import Path

import pytest

import local_env
from conftest import Kernel

SWEEP = """
Grid grid = Grid.of(Axis.integers("market", 1, 40)).withSeed(5);
PointFunction gain = p -> {
    Market m = Market.random(6, p.seed());
    return Outcome.of("gain", m.efficientSurplus() - m.monopolyProfit() - m.consumerSurplus(m.monopolyPrice()));
};
"""


@pytest.fixture(scope="module")
def spark_kernel():
    k = Kernel(local_env.kernel_name())
    yield k
    k.shutdown()


def test_the_default_kernel_has_no_spark_on_its_class_path(spark_kernel):
    run = spark_kernel.execute('Class.forName("org.apache.spark.SparkContext")')
    assert run.status == "error" and "ClassNotFoundException" in run.describe(), run.describe()


def test_maven_loads_the_spark_module_and_a_cell_sweep_matches_the_local_engine(spark_kernel):
    spark = Path(__file__).resolve().parents[2] / "spark" / "target"
    loaded = spark_kernel.execute(f"%jars {spark}/mdlab-spark-*.jar {spark}/jars/*.jar", timeout=300)
    assert loaded.status == "ok", loaded.describe()
    defined = spark_kernel.execute(SWEEP + "import org.mdlab.spark.SparkEngine;")
    assert defined.status == "ok", defined.describe()
    compared = spark_kernel.execute(
        "String local = Sweep.run(grid, gain, LocalEngine.withWorkers(2)).print(100);\n"
        "String onSpark;\n"
        "try (SparkEngine spark = SparkEngine.local(2)) { onSpark = Sweep.run(grid, gain, spark).print(100); }\n"
        "local.equals(onSpark) + \" \" + local.lines().count()", timeout=300)
    assert compared.status == "ok", compared.describe()
    # 40 rows, a title line, a header and a rule: the tables match line for line
    assert compared.result.strip('"') == "true 43", compared.describe()
    assert "INFO" not in compared.stream("stderr"), "embedded Spark printed INFO lines into the cell"
