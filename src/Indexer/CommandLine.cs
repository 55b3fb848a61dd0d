using KnowledgeBase.Core.Building;
using KnowledgeBase.Indexer.Commands;

namespace KnowledgeBase.Indexer;

/// <summary>Dispatches the command word; callable from tests with their own writers.</summary>
public static class CommandLine
{
    /// <param name="passwords">Where <c>users add</c> reads a password; the console when not given.</param>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter errors, bool interactive, PasswordReader? passwords = null)
    {
        if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Count == 0 ? errors : output).WriteLine(CommandOptions.Usage);
            return args.Count == 0 ? ExitCodes.BadUsage : ExitCodes.Success;
        }
        var command = args[0];
        if (command == "users")
            return UsersCommand.Run([.. args.Skip(1)], output, errors, passwords ?? PasswordReader.Console());
        if (command is not ("build" or "check"))
        {
            errors.WriteLine($"indexer: unknown command '{command}'");
            errors.WriteLine(CommandOptions.Usage);
            return ExitCodes.BadUsage;
        }
        var options = CommandOptions.Parse([.. args.Skip(1)], command == "check" ? Audience.Internal : Audience.Public, out var problem);
        if (options is null)
        {
            errors.WriteLine($"indexer {command}: {problem}");
            errors.WriteLine(CommandOptions.Usage);
            return ExitCodes.BadUsage;
        }
        return BuildCommand.Run(options, checkOnly: command == "check", output, errors, interactive);
    }
}
