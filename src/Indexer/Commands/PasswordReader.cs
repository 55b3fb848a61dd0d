namespace KnowledgeBase.Indexer.Commands;

/// <summary>Reads a password: from the terminal without echo, typed twice; or one line from standard input when it is redirected (scripts, tests).</summary>
public sealed class PasswordReader(TextReader input, TextWriter prompt, bool fromTerminal)
{
    /// <summary>Standard input, read from the keyboard when it is a terminal.</summary>
    public static PasswordReader Console() =>
        new(System.Console.In, System.Console.Error, fromTerminal: !System.Console.IsInputRedirected);

    /// <returns>Null when nothing was given, or when the two entries at a terminal differ.</returns>
    public string? Read(string question)
    {
        if (!fromTerminal)
            return input.ReadLine() is { Length: > 0 } line ? line : null;
        var first = ReadHidden(question);
        var second = ReadHidden("Again: ");
        if (first != second)
        {
            prompt.WriteLine("The two passwords differ.");
            return null;
        }
        return first.Length > 0 ? first : null;
    }

    private string ReadHidden(string question)
    {
        prompt.Write(question);
        var typed = new System.Text.StringBuilder();
        while (true)
        {
            var key = System.Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
                break;
            if (key.Key == ConsoleKey.Backspace)
            {
                if (typed.Length > 0)
                    typed.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
                typed.Append(key.KeyChar);
        }
        prompt.WriteLine();
        return typed.ToString();
    }
}
