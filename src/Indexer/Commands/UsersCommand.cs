using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Core.Building;

namespace KnowledgeBase.Indexer.Commands;

/// <summary><c>users add|remove|list</c>: who may sign in to the internal site, kept in the users file (password hashes only).</summary>
public static class UsersCommand
{
    public const string Usage = """
        usage: indexer users add NAME --role drafter|officer [--users FILE]
               indexer users remove NAME [--users FILE]
               indexer users list [--users FILE]

          add      add a user, or give an existing one a new password and role; the password is read
                   without echo from the terminal, or as one line from standard input when it is redirected
          remove   remove a user: their open sessions end at their next request
          list     print each user's name and role

          --users FILE   the users file (default: the repository's data/users.json; the site's --users)
          --role R       drafter (sees internal drafts) or officer (sees internal procedures and public legislation)
        """;

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter errors, PasswordReader passwords)
    {
        if (args is [] or ["-h" or "--help" or "help"])
        {
            (args.Count == 0 ? errors : output).WriteLine(Usage);
            return args.Count == 0 ? ExitCodes.BadUsage : ExitCodes.Success;
        }
        if (UsersArguments.Parse(args, out var problem) is not { } parsed)
        {
            errors.WriteLine($"indexer users: {problem}");
            errors.WriteLine(Usage);
            return ExitCodes.BadUsage;
        }
        var path = parsed.UsersFile ?? UsersFile.DefaultPath(DefaultPaths.Data());
        IReadOnlyList<UserAccount> accounts;
        try
        {
            accounts = UsersFile.Read(path);
        }
        catch (InvalidDataException e)
        {
            errors.WriteLine($"indexer users: {e.Message}");
            return ExitCodes.ContentErrors;
        }

        switch (parsed.Action)
        {
            case "list":
                foreach (var account in accounts)
                    output.WriteLine($"{account.Name}\t{account.Role.ToString().ToLowerInvariant()}");
                return ExitCodes.Success;
            case "remove":
                if (UsersFile.Find(accounts, parsed.Name!) is not { } removed)
                {
                    errors.WriteLine($"indexer users: there is no user '{parsed.Name}' in {path}");
                    return ExitCodes.BadUsage;
                }
                UsersFile.Write(path, [.. accounts.Where(a => a != removed)]);
                output.WriteLine($"removed {removed.Name} from {path}");
                return ExitCodes.Success;
            default:
                var password = passwords.Read($"Password for {parsed.Name}: ");
                var refusal = password is null ? "no password given" : Passwords.Problem(password);
                if (refusal is not null)
                {
                    errors.WriteLine($"indexer users: {refusal}");
                    return ExitCodes.BadUsage;
                }
                var existing = UsersFile.Find(accounts, parsed.Name!);
                var added = Passwords.Account(existing?.Name ?? parsed.Name!, parsed.Role!.Value, password!);
                UsersFile.Write(path, [.. accounts.Where(a => a != existing), added]);
                output.WriteLine($"{(existing is null ? "added" : "updated")} {added.Name} ({parsed.Role.Value.ToString().ToLowerInvariant()}) in {path}");
                return ExitCodes.Success;
        }
    }
}
