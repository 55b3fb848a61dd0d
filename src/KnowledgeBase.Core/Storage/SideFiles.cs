using KnowledgeBase.Core.Catalogue;
using KnowledgeBase.Core.Search.Suggesting;
using Microsoft.Win32.SafeHandles;

namespace KnowledgeBase.Core.Storage;

/// <summary>The files beside a build's store that the site reads whole on first use (the catalogue, the suggestions), held
/// open from the moment the build is opened.</summary>
/// <remarks>
/// They are read when a page first needs them, which may be after publishing has moved the build's folder into
/// <c>.pruned/</c> or deleted it: by path, the catalogue then fell back to the store and the suggestions were silently empty.
/// An open handle survives both on Linux, so each read is made through the handle (positioned reads: no shared position).
/// </remarks>
public sealed class SideFiles : IDisposable
{
    /// <summary>The side files a site reads, by their name in the build folder.</summary>
    public static readonly IReadOnlyList<string> Names = [CatalogueFile.Name, SuggestionFile.Name];

    private readonly Dictionary<string, SafeFileHandle> _handles;

    private SideFiles(Dictionary<string, SafeFileHandle> handles) => _handles = handles;

    /// <summary>Opens those of <see cref="Names"/> that the build in <paramref name="buildPath"/> has.</summary>
    public static SideFiles Open(string buildPath)
    {
        var handles = new Dictionary<string, SafeFileHandle>(StringComparer.Ordinal);
        foreach (var name in Names)
        {
            try
            {
                handles[name] = File.OpenHandle(Path.Combine(buildPath, name), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            }
            catch (FileNotFoundException)
            {
                // Written by an older indexer: the site reads what it would hold from the store, or does without.
            }
        }
        return new SideFiles(handles);
    }

    /// <summary>A stream from the start of the side file <paramref name="name"/>, or null when the build has none.</summary>
    public Stream? Read(string name) => _handles.TryGetValue(name, out var handle) ? new HandleStream(handle) : null;

    public void Dispose()
    {
        foreach (var handle in _handles.Values)
            handle.Dispose();
    }

    /// <summary>Reads a held handle from offset 0 on, without moving a shared position and without closing it.</summary>
    private sealed class HandleStream(SafeFileHandle handle) : Stream
    {
        private readonly long _length = RandomAccess.GetLength(handle);
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => _length;

        public override long Position { get => _position; set => _position = value; }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = RandomAccess.Read(handle, buffer, _position);
            _position += read;
            return read;
        }

        public override long Seek(long offset, SeekOrigin origin) => _position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => _length + offset,
        };

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
