// Reference run of @vladmandic/face-api on the tfjs wasm backend, for Mona's parity tests.
// Offline: models are read from disk, images come as raw RGB files written by the test (so both
// sides see identical pixels; no decoder differences).
//   node reference.mjs <request.json>
// request: { "models": "<face-api model folder>", "images": [{ "name", "rgb", "width", "height" }],
//            "minScore": 0.5, "tinyInputSize": 416, "repeats": 1 }
// Prints JSON: { backend, images: [{ name, ssd: [face...], tiny: [box...], ms }] } where a face is
// { box: [x, y, w, h], score, landmarks: [[x, y] × 68], descriptor: [128] } in image pixels, and ms
// is the best wall time of detect + landmarks + descriptors (SSD) over `repeats` runs after a warm-up,
// `times` every one of them (ms), and wasmSimd / wasmThreads say which wasm build tfjs runs.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const tf = require('@tensorflow/tfjs');
const wasm = require('@tensorflow/tfjs-backend-wasm');
const faceapi = require('@vladmandic/face-api/dist/face-api.node-wasm.js');

const request = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const minScore = request.minScore ?? 0.5;
const tinyInputSize = request.tinyInputSize ?? 416;
const repeats = request.repeats ?? 1;

wasm.setWasmPaths(path.join(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm')), path.sep));
await tf.setBackend('wasm');
await tf.ready();

await faceapi.nets.ssdMobilenetv1.loadFromDisk(request.models);
await faceapi.nets.tinyFaceDetector.loadFromDisk(request.models);
await faceapi.nets.faceLandmark68Net.loadFromDisk(request.models);
await faceapi.nets.faceRecognitionNet.loadFromDisk(request.models);

const round = (v) => Math.round(v * 1e4) / 1e4;
const boxOf = (d) => [d.box.x, d.box.y, d.box.width, d.box.height].map(round);

async function ssdFaces(tensor) {
  return faceapi.detectAllFaces(tensor, new faceapi.SsdMobilenetv1Options({ minConfidence: minScore, maxResults: 100 }))
    .withFaceLandmarks()
    .withFaceDescriptors();
}

const images = [];
for (const image of request.images) {
  const bytes = fs.readFileSync(image.rgb);
  if (bytes.length !== image.width * image.height * 3) throw new Error(`${image.rgb}: ${bytes.length} bytes, expected ${image.width}x${image.height}x3`);
  const tensor = tf.tensor3d(new Int32Array(bytes), [image.height, image.width, 3], 'int32');
  const ssd = await ssdFaces(tensor);
  const times = [];
  for (let r = 0; r < repeats; r++) {
    const start = process.hrtime.bigint();
    await ssdFaces(tensor);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const tiny = await faceapi.detectAllFaces(tensor, new faceapi.TinyFaceDetectorOptions({ inputSize: tinyInputSize, scoreThreshold: minScore }));
  tensor.dispose();
  images.push({
    name: image.name,
    ms: repeats > 0 ? round(Math.min(...times)) : null,
    times: times.map(round),
    ssd: ssd.map((f) => ({
      box: boxOf(f.detection),
      score: round(f.detection.score),
      landmarks: f.landmarks.positions.map((p) => [round(p.x), round(p.y)]),
      descriptor: Array.from(f.descriptor).map((v) => Math.round(v * 1e6) / 1e6),
    })),
    tiny: tiny.map((d) => ({ box: boxOf(d), score: round(d.score) })),
  });
}
const wasmSimd = await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT');
const wasmThreads = await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT');
process.stdout.write(JSON.stringify({ backend: tf.getBackend(), tfjs: tf.version.tfjs, faceapi: faceapi.version, wasmSimd, wasmThreads, images }));
