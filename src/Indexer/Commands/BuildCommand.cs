using KnowledgeBase.Core.Building;
using KnowledgeBase.Core.Diagnostics;

namespace KnowledgeBase.Indexer.Commands;

/// <summary><c>build</c> and <c>check</c>: run the pipeline, print every diagnostic and a summary.</summary>
public static class BuildCommand
{
    public static int Run(CommandOptions options, bool checkOnly, TextWriter output, TextWriter errors, bool interactive)
    {
        var progress = interactive ? new TerminalProgress(errors) : null;
        BuildResult result;
        try
        {
            result = BuildPipeline.Run(new BuildOptions(options.Content, options.Data, options.Audience, options.Strict, checkOnly, Full: options.Full), StagePause.Wrap(progress, output));
        }
        finally
        {
            progress?.Clear();
        }

        foreach (var diagnostic in result.Diagnostics)
            (diagnostic.Severity == Severity.Error ? errors : output).WriteLine(diagnostic.ToString());

        if (result.Incremental is not null)
            output.WriteLine($"incremental build: {result.Incremental}");
        var s = result.Summary;
        output.WriteLine(
            $"{(checkOnly ? "checked" : "built")} {s.Instruments} instruments, {s.Versions} versions ({s.Files} files), {s.Provisions} provisions; " +
            $"citations {s.ResolvedCitations} resolved, {s.Citations - s.ResolvedCitations} unresolved; " +
            $"{s.Warnings} warnings, {s.Errors} errors; {s.Elapsed.TotalSeconds:0.00} s");
        if (result.PublishedStamp is not null)
            output.WriteLine($"published {options.Audience.ToString().ToLowerInvariant()} build {result.PublishedStamp} ({s.IndexedDocuments} documents indexed) in {options.Data}");
        else if (!checkOnly)
            errors.WriteLine("nothing published: the current build is unchanged");
        return result.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
    }
}
