using KnowledgeBase.Core.Building;

namespace KnowledgeBase.Indexer.Commands;

/// <summary>The options <c>build</c> and <c>check</c> share, parsed from the command line.</summary>
public sealed record CommandOptions(string Content, string Data, Audience Audience, bool Strict, bool Full = false)
{
    public const string Usage = """
        usage: indexer build [--content DIR] [--data DIR] [--audience public|internal] [--strict] [--full]
               indexer check [--content DIR] [--audience public|internal] [--strict]
               indexer users add|remove|list ...   (see indexer users --help)

          build   parse content/, write a new build into data/<audience>/builds/ and publish it
          check   validate content/ and report every problem; write nothing
          users   who may sign in to the internal site (add NAME --role drafter|officer, remove NAME, list)

          --content DIR   the content folder (default: the repository's content/)
          --data DIR      where builds are written (default: the repository's data/)
          --audience A    public (default for build: internal versions left out) or internal (everything; default for check)
          --strict        treat warnings as errors (KB104, a citation of a law outside the corpus, stays a warning)
          --full          read and write everything, even when only some instruments changed since the published build

        exit codes: 0 success (warnings allowed), 1 content errors, 2 bad usage
        """;

    /// <summary>Parses the arguments after the command word; returns null and a message on bad usage.</summary>
    public static CommandOptions? Parse(IReadOnlyList<string> args, Audience defaultAudience, out string? error)
    {
        var options = new CommandOptions(DefaultPaths.Content(), DefaultPaths.Data(), defaultAudience, Strict: false);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string? Value()
            {
                if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    return args[++i];
                return null;
            }
            switch (arg)
            {
                case "--strict":
                    options = options with { Strict = true };
                    break;
                case "--full":
                    options = options with { Full = true };
                    break;
                case "--content" or "--data" or "--audience":
                    var value = Value();
                    if (value is null)
                    {
                        error = $"{arg} needs a value";
                        return null;
                    }
                    if (arg == "--audience")
                    {
                        if (!Enum.TryParse<Audience>(value, ignoreCase: true, out var audience) || !Enum.IsDefined(audience) || value.Any(char.IsDigit))
                        {
                            error = $"--audience is 'public' or 'internal', not '{value}'";
                            return null;
                        }
                        options = options with { Audience = audience };
                    }
                    else
                    {
                        options = arg == "--content" ? options with { Content = Path.GetFullPath(value) } : options with { Data = Path.GetFullPath(value) };
                    }
                    break;
                default:
                    error = $"unknown option '{arg}'";
                    return null;
            }
        }
        error = null;
        return options;
    }
}
