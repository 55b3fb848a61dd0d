using System.Runtime.InteropServices;

namespace KnowledgeBase.Core.Building.Incremental;

/// <summary>A second name for an existing file (link(2)): no bytes are copied, and both names read the same file.</summary>
/// <remarks>Only for files no one writes again: writing through either name changes both. .NET has no API for hard links.</remarks>
internal static class HardLink
{
    /// <summary>Links <paramref name="target"/> to <paramref name="source"/>, or copies it where links are not to be had
    /// (Windows, another file system, a file system without links); returns whether it linked.</summary>
    public static bool LinkOrCopy(string source, string target)
    {
        if (!OperatingSystem.IsWindows() && Link(PathBytes(source), PathBytes(target)) == 0)
            return true;
        File.Copy(source, target);
        return false;
    }

    /// <summary>A path as link(2) takes it: UTF-8 bytes ending with a zero (bytes, so that no string marshalling is involved).</summary>
    private static byte[] PathBytes(string path) => System.Text.Encoding.UTF8.GetBytes(path + "\0");

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Link(byte[] source, byte[] target);
}
