using System.Xml;
using System.Xml.Linq;
using Mona.Animation.Reporting;
using Mona.Animation.Tests.Support;

namespace Mona.Animation.Tests.Reporting;

public sealed class HtmlReportWriterTests
{
    private static AnimationReport Sample() => new(
        "Mona <demo> & friends",
        [
            new PortraitReport("mona <lisa>.jpg", "videos/mona lisa#1.mp4", "posters/mona lisa.png", 75,
                [new("detect", TimeSpan.FromMilliseconds(120)), new("generate", TimeSpan.FromMilliseconds(2400))],
                ["face is small: 80 px between the eyes", "<script>alert(1)</script>"]),
            new PortraitReport("cartoon.gif.jpg", "cartoon.gif", null, 50, [new("generate", TimeSpan.FromSeconds(1))], []),
            new PortraitReport("broken \"one\".jpg", null, null, 0, [], [], Error: "cannot read broken \"one\".jpg: not a JPEG"),
        ],
        TimeSpan.FromSeconds(5),
        new DateTimeOffset(2026, 11, 27, 3, 0, 0, TimeSpan.Zero));

    private static XDocument Parse(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    [Fact]
    public void Write_ThreePortraits_WellFormedPageWithEscapedNamesAndRelativeMedia()
    {
        using var folder = new TempFolder();
        var path = HtmlReportWriter.Write(folder.Path, Sample());
        Assert.Equal(Path.Combine(folder.Path, "index.html"), path);
        Assert.Equal([path], Directory.GetFiles(folder.Path)); // no temporary file left behind
        var html = File.ReadAllText(path);
        var document = Parse(html);

        var sections = document.Descendants("section").ToList();
        Assert.Equal(3, sections.Count);
        Assert.Equal("mona <lisa>.jpg", sections[0].Element("h2")!.Value);
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<lisa>", html);
        Assert.Equal("Mona <demo> & friends", document.Descendants("title").Single().Value);

        var video = sections[0].Descendants("video").Single();
        Assert.Equal("videos/mona%20lisa%231.mp4", video.Attribute("src")!.Value);
        Assert.Equal("posters/mona%20lisa.png", video.Attribute("poster")!.Value);
        Assert.Equal("cartoon.gif", sections[1].Descendants("img").Single().Attribute("src")!.Value);
        Assert.Empty(sections[2].Descendants("video"));
        Assert.Contains("failed", sections[2].Attribute("class")!.Value);
        Assert.Contains("not a JPEG", sections[2].Value);

        Assert.Equal(2, sections[0].Descendants("li").Count());
        Assert.Contains("2520 ms", sections[0].Value);
        Assert.Equal("25.0 frames/s", document.Descendants("strong").Single(e => (string?)e.Attribute("id") == "throughput").Value);
        // Self-contained: no scripts, no links to other hosts or stylesheets.
        Assert.Empty(document.Descendants("script"));
        Assert.Empty(document.Descendants("link"));
        Assert.DoesNotContain("http", html);
    }

    [Theory]
    [InlineData("/tmp/out.mp4")]
    [InlineData("../elsewhere/out.mp4")]
    [InlineData("C:/videos/out.mp4")]
    public void Write_MediaOutsideTheFolder_IsRefused(string videoPath)
    {
        using var folder = new TempFolder();
        var report = Sample() with { Portraits = [new PortraitReport("a.jpg", videoPath, null, 1, [], [])] };
        var error = Assert.Throws<ArgumentException>(() => HtmlReportWriter.Write(folder.Path, report));
        Assert.Contains(videoPath, error.Message);
        Assert.False(File.Exists(Path.Combine(folder.Path, "index.html")));
    }
}
