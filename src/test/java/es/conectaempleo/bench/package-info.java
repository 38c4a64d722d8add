/**
 * Benchmarks of the running tool, driven from outside over HTTP with the platform simulator, as an
 * LMS and its users would; nothing here imports the tool's code. {@link
 * es.conectaempleo.bench.LaunchBenchmark} (run by {@code bench/launch.sh}) measures complete LTI
 * launches. The pieces are meant for the next benchmark too (the grade sync of issue 3): {@link
 * es.conectaempleo.bench.ToolProcess} starts the uber jar and reads its CPU and memory from {@code
 * /proc}, {@link es.conectaempleo.bench.Phase} runs any operation closed-loop at a concurrency and
 * measures it into a {@link es.conectaempleo.bench.PhaseResult}, {@link es.conectaempleo.bench.Report}
 * prints the table, and {@link es.conectaempleo.bench.HotMethods} summarises a JFR recording. The
 * figure to compare between runs is the tool's CPU per operation: latency and throughput depend on
 * everything else the machine runs.
 */
package es.conectaempleo.bench;
