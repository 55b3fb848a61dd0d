namespace KnowledgeBase.Testing;

/// <summary>Compares an output with a committed <c>*.verified.*</c> file; <c>KB_ACCEPT=1</c> writes the new output instead.</summary>
/// <remarks>A mismatch fails with the first differing lines, so a reviewer sees what changed without a diff tool.</remarks>
public static class GoldenFile
{
    public static void Verify(string verifiedPath, string actual)
    {
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("KB_ACCEPT") == "1")
        {
            File.WriteAllText(verifiedPath, actual);
            return;
        }
        if (!File.Exists(verifiedPath))
        {
            File.WriteAllText(verifiedPath + ".received", actual);
            Assert.Fail($"No verified file {verifiedPath}; the output is in {verifiedPath}.received. Review it and run with KB_ACCEPT=1 to accept.");
        }
        var expected = File.ReadAllText(verifiedPath).ReplaceLineEndings("\n");
        if (expected == actual)
            return;
        File.WriteAllText(verifiedPath + ".received", actual);
        Assert.Fail($"The output differs from {verifiedPath} (received output in {verifiedPath}.received):\n{FirstDifferences(expected, actual)}\nRun with KB_ACCEPT=1 to accept the new output.");
    }

    private static string FirstDifferences(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var lines = new List<string>();
        for (var i = 0; i < Math.Max(e.Length, a.Length) && lines.Count < 12; i++)
        {
            var left = i < e.Length ? e[i] : "<end>";
            var right = i < a.Length ? a[i] : "<end>";
            if (left != right)
            {
                lines.Add($"line {i + 1}:");
                lines.Add($"  - {left}");
                lines.Add($"  + {right}");
            }
        }
        return string.Join('\n', lines);
    }
}
