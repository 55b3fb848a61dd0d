using KnowledgeBase.Core.Building;
using KnowledgeBase.Core.Storage;
using KnowledgeBase.Testing;

namespace KnowledgeBase.Tests.Hosting;

/// <summary>Two published builds of the fixture corpus, made once; each test works on its own copy.</summary>
public sealed class BuiltData : IDisposable
{
    private readonly TempFolder _temp = new();

    public BuiltData()
    {
        var data = _temp.Combine("data");
        var stamps = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            var result = BuildPipeline.Run(new BuildOptions(TestPaths.FixtureContent, data, Audience.Public));
            Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
            stamps.Add(result.PublishedStamp!);
        }
        (Older, Newer) = (stamps[0], stamps[1]);
        Template = data;
    }

    public string Template { get; }

    public string Older { get; }

    public string Newer { get; }

    /// <summary>A copy of both builds in <paramref name="temp"/>, with <c>CURRENT</c> naming the older one.</summary>
    public BuildFolders CopyInto(TempFolder temp)
    {
        var folders = new BuildFolders(temp.CopyFrom(Template, "data"), Audience.Public);
        Point(folders, Older);
        return folders;
    }

    public static void Point(BuildFolders folders, string stamp) => File.WriteAllText(folders.CurrentFile, stamp + "\n");

    public void Dispose() => _temp.Dispose();
}
