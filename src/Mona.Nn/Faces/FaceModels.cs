using Mona.Nn.Faces.Landmarks68;
using Mona.Nn.Faces.Recognition;
using Mona.Nn.Faces.SsdMobilenetV1;
using Mona.Nn.Faces.TinyFaceDetector;
using Mona.Nn.Weights;
using Mona.Tensors;

namespace Mona.Nn.Faces;

/// <summary>
/// The four face networks of <c>@vladmandic/face-api</c> 1.7.15 on Mona's compute core: two
/// detectors, the 68-point landmark net and the recognition net. Load once and share; a model is
/// safe to call from one thread at a time.
/// </summary>
public sealed class FaceModels
{
    /// <summary>Manifest names, as in face-api's model folder.</summary>
    public const string SsdManifest = "ssd_mobilenetv1_model-weights_manifest.json";

    public const string TinyManifest = "tiny_face_detector_model-weights_manifest.json";

    public const string LandmarksManifest = "face_landmark_68_model-weights_manifest.json";

    public const string RecognitionManifest = "face_recognition_model-weights_manifest.json";

    private FaceModels(SsdMobilenetV1Detector ssd, TinyDetector tiny, FaceLandmark68Net landmarks, FaceRecognitionNet recognition)
    {
        Ssd = ssd;
        Tiny = tiny;
        Landmarks = landmarks;
        Recognition = recognition;
    }

    /// <summary>SSD MobileNet V1 detector (512×512, the accurate one).</summary>
    public SsdMobilenetV1Detector Ssd { get; }

    /// <summary>Tiny face detector (fast; input size a multiple of 32, default 416).</summary>
    public TinyDetector Tiny { get; }

    /// <summary>68-point landmark net.</summary>
    public FaceLandmark68Net Landmarks { get; }

    /// <summary>Recognition net (128-d descriptors).</summary>
    public FaceRecognitionNet Recognition { get; }

    /// <summary>
    /// Loads the four models from face-api's model folder (what <c>./mona setup</c> unpacks into
    /// <c>.cache/models/face-api/model</c>).
    /// </summary>
    /// <exception cref="WeightFileException">A file is missing, truncated or does not match the network; the message names it.</exception>
    public static FaceModels Load(string modelDirectory, ComputeContext compute)
    {
        ArgumentNullException.ThrowIfNull(modelDirectory);
        ArgumentNullException.ThrowIfNull(compute);
        if (!Directory.Exists(modelDirectory))
            throw new WeightFileException($"{modelDirectory}: face model folder not found (run ./mona setup)");
        WeightSet Read(string manifest) => TfjsManifestReader.Read(Path.Combine(modelDirectory, manifest));
        return new FaceModels(
            new SsdMobilenetV1Detector(Read(SsdManifest), compute),
            new TinyDetector(Read(TinyManifest), compute),
            new FaceLandmark68Net(Read(LandmarksManifest), compute),
            new FaceRecognitionNet(Read(RecognitionManifest), compute));
    }
}
