using System.Diagnostics;
using System.Globalization;
using BuildStages;
using KnowledgeBase.Core.Building;

// Runs a full build in this process and prints, per stage, the wall time, the process's CPU time and the managed heap: where a
// build's time and memory go. Usage: dotnet run -c Release --project bench/BuildStages -- <content folder> <data folder>
if (args.Length != 2 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: BuildStages <content folder> <data folder>");
    return 2;
}
var timer = new StageTimer(Console.Out);
var result = BuildPipeline.Run(new BuildOptions(Path.GetFullPath(args[0]), Path.GetFullPath(args[1]), Audience.Public), timer);
timer.Report("done");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{result.Summary.Provisions} provisions, {result.Summary.IndexedDocuments} documents, {result.Summary.Citations} citations; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1_000_000} MB"));
return result.Succeeded ? 0 : 1;

namespace BuildStages
{
    /// <summary>Prints each stage's start with the time and memory spent since the previous one (the pipeline reports a stage as it begins),
    /// and the process's peak working set so far, which tells in which stage the peak was reached.</summary>
    internal sealed class StageTimer(TextWriter output) : IProgress<string>
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly Process _process = Process.GetCurrentProcess();
        private TimeSpan _lastWall;
        private TimeSpan _lastCpu;
        private string _stage = "start";

        public void Report(string value)
        {
            _process.Refresh();
            var (wall, cpu) = (_clock.Elapsed, _process.TotalProcessorTime);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{_stage,-30} wall {(wall - _lastWall).TotalSeconds,6:F2} s  cpu {(cpu - _lastCpu).TotalSeconds,6:F2} s  heap after {GC.GetTotalMemory(false) / 1_000_000,5} MB  peak so far {_process.PeakWorkingSet64 / 1_000_000,5} MB"));
            (_lastWall, _lastCpu, _stage) = (wall, cpu, value);
        }
    }
}
