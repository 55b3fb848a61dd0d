using KnowledgeBase.Core.Accounts;

namespace KnowledgeBase.Indexer.Commands;

/// <summary>The arguments of <c>users</c>, checked: an action, a name where it needs one, a role for <c>add</c>.</summary>
public sealed record UsersArguments(string Action, string? Name, UserRole? Role, string? UsersFile)
{
    public static UsersArguments? Parse(IReadOnlyList<string> args, out string? problem)
    {
        problem = null;
        if (args.Count == 0 || args[0] is not ("add" or "remove" or "list"))
        {
            problem = args.Count == 0 ? "say add, remove or list" : $"unknown action '{args[0]}'";
            return null;
        }
        var action = args[0];
        string? name = null, file = null;
        UserRole? role = null;
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--role" or "--users")
            {
                if (i + 1 >= args.Count)
                {
                    problem = $"{arg} needs a value";
                    return null;
                }
                var value = args[++i];
                if (arg == "--users")
                    file = Path.GetFullPath(value);
                else if (value is "drafter" or "officer")
                    role = value == "drafter" ? UserRole.Drafter : UserRole.Officer;
                else
                {
                    problem = $"--role is 'drafter' or 'officer', not '{value}'";
                    return null;
                }
            }
            else if (name is null && action != "list" && !arg.StartsWith("--", StringComparison.Ordinal))
                name = arg;
            else
            {
                problem = $"unexpected '{arg}'";
                return null;
            }
        }
        problem = action != "list" && name is null ? $"{action} needs a user name"
            : name is not null && !IsName(name) ? $"'{name}' is not a user name (1 to 64 letters, digits, '.', '-', '_' or '@')"
            : action == "add" && role is null ? "add needs --role drafter or --role officer"
            : action != "add" && role is not null ? "--role goes with add only"
            : null;
        return problem is null ? new UsersArguments(action, name, role, file) : null;
    }

    private static bool IsName(string name) =>
        name.Length is >= 1 and <= 64 && name.All(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or '@');
}
