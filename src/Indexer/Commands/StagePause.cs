namespace KnowledgeBase.Indexer.Commands;

/// <summary>TEST ONLY: stops the build at a named stage so a test can kill the process there (<c>KB_TEST_PAUSE_AT=publishing</c>).</summary>
/// <remarks>
/// The fault tests kill the real indexer at several moments of a build and check that nothing published is lost. The variable
/// is read only here; unset, as it always is outside those tests, the build runs as usual.
/// </remarks>
public sealed class StagePause(string stage, TextWriter output, IProgress<string>? inner) : IProgress<string>
{
    public const string Variable = "KB_TEST_PAUSE_AT";

    public static IProgress<string>? Wrap(IProgress<string>? inner, TextWriter output) =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } stage ? new StagePause(stage, output, inner) : inner;

    public void Report(string value)
    {
        inner?.Report(value);
        if (!value.StartsWith(stage, StringComparison.Ordinal))
            return;
        output.WriteLine($"paused at {value}");
        output.Flush();
        Thread.Sleep(Timeout.Infinite);
    }
}
