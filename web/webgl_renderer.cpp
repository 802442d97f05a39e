// The browser's renderer: ImGui's draw lists into the page's WebGL2 context. Dear ImGui's OpenGL3
// backend saves and restores some twenty pieces of GL state around every frame, so that it can
// share a context with an engine. This page owns its context, and in a browser each of those
// queries (gl.getParameter) waits for the GPU process to finish the previous frame: measured with
// tests/e2e/profile.mjs, they took three quarters of the page's time per frame while a slider was
// dragged. So this renderer sets the state it needs and queries nothing.
#include "webgl_renderer.h"

#include <GLES3/gl3.h>

#include <cstdint>

namespace usjp::webgl {
namespace {

// Positions arrive in ImGui's display coordinates; `transform` maps them to clip space.
const char* const kVertexShader = R"(#version 300 es
uniform vec4 transform;  // xy: scale, zw: offset
in vec2 position;
in vec2 uv;
in vec4 colour;
out vec2 fragmentUv;
out vec4 fragmentColour;
void main() {
  fragmentUv = uv;
  fragmentColour = colour;
  gl_Position = vec4(position * transform.xy + transform.zw, 0.0, 1.0);
})";

const char* const kFragmentShader = R"(#version 300 es
precision mediump float;
uniform sampler2D atlas;
in vec2 fragmentUv;
in vec4 fragmentColour;
out vec4 pixel;
void main() { pixel = fragmentColour * texture(atlas, fragmentUv); })";

struct Objects {
  GLuint program = 0, vertexArray = 0, vertices = 0, indices = 0, fontTexture = 0;
  GLint transform = -1, atlas = -1;
};
Objects gl;

GLuint compile(GLenum kind, const char* source) {
  const GLuint shader = glCreateShader(kind);
  glShaderSource(shader, 1, &source, nullptr);
  glCompileShader(shader);
  GLint ok = GL_FALSE;
  glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);  // once, at start-up
  if (ok == GL_TRUE) return shader;
  glDeleteShader(shader);
  return 0;
}

bool linkProgram() {
  const GLuint vertex = compile(GL_VERTEX_SHADER, kVertexShader);
  const GLuint fragment = compile(GL_FRAGMENT_SHADER, kFragmentShader);
  if (!vertex || !fragment) return false;
  gl.program = glCreateProgram();
  glAttachShader(gl.program, vertex);
  glAttachShader(gl.program, fragment);
  // Fixed attribute slots, so that nothing needs to be looked up per frame.
  glBindAttribLocation(gl.program, 0, "position");
  glBindAttribLocation(gl.program, 1, "uv");
  glBindAttribLocation(gl.program, 2, "colour");
  glLinkProgram(gl.program);
  glDeleteShader(vertex);
  glDeleteShader(fragment);
  GLint ok = GL_FALSE;
  glGetProgramiv(gl.program, GL_LINK_STATUS, &ok);
  gl.transform = glGetUniformLocation(gl.program, "transform");
  gl.atlas = glGetUniformLocation(gl.program, "atlas");
  return ok == GL_TRUE;
}

// The vertex array remembers the buffers and the layout of ImDrawVert once and for all.
void describeVertices() {
  glGenVertexArrays(1, &gl.vertexArray);
  glGenBuffers(1, &gl.vertices);
  glGenBuffers(1, &gl.indices);
  glBindVertexArray(gl.vertexArray);
  glBindBuffer(GL_ARRAY_BUFFER, gl.vertices);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, gl.indices);
  const GLsizei stride = sizeof(ImDrawVert);
  glEnableVertexAttribArray(0);
  glEnableVertexAttribArray(1);
  glEnableVertexAttribArray(2);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, pos)));
  glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, uv)));
  glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, col)));
}

// Everything a frame needs, set every frame: cheap calls that never wait.
void setState(const ImDrawData& data, int width, int height) {
  glViewport(0, 0, width, height);
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glDisable(GL_CULL_FACE);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_STENCIL_TEST);
  glEnable(GL_SCISSOR_TEST);
  glUseProgram(gl.program);
  const float sx = 2.0f / data.DisplaySize.x, sy = -2.0f / data.DisplaySize.y;
  glUniform4f(gl.transform, sx, sy, -1.0f - data.DisplayPos.x * sx, 1.0f - data.DisplayPos.y * sy);
  glUniform1i(gl.atlas, 0);
  glActiveTexture(GL_TEXTURE0);
  glBindVertexArray(gl.vertexArray);
  glBindBuffer(GL_ARRAY_BUFFER, gl.vertices);
}

}  // namespace

bool init(ImGuiIO& io) {
  io.BackendRendererName = "usjp_webgl2";
  if (!linkProgram()) return false;
  describeVertices();
  return true;
}

void createFontTexture(ImGuiIO& io) {
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
  glGenTextures(1, &gl.fontTexture);
  glBindTexture(GL_TEXTURE_2D, gl.fontTexture);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
  io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(gl.fontTexture)));
  io.Fonts->ClearTexData();  // the pixels live on the GPU now
}

void destroyFontTexture(ImGuiIO& io) {
  if (gl.fontTexture) glDeleteTextures(1, &gl.fontTexture);
  gl.fontTexture = 0;
  io.Fonts->SetTexID(0);
}

void render(const ImDrawData& data, int width, int height) {
  if (width <= 0 || height <= 0 || data.DisplaySize.x <= 0 || data.DisplaySize.y <= 0) return;
  setState(data, width, height);
  const ImVec2 scale(width / data.DisplaySize.x, height / data.DisplaySize.y);
  for (int n = 0; n < data.CmdListsCount; ++n) {
    const ImDrawList& list = *data.CmdLists[n];
    glBufferData(GL_ARRAY_BUFFER, list.VtxBuffer.Size * static_cast<GLsizeiptr>(sizeof(ImDrawVert)),
                 list.VtxBuffer.Data, GL_STREAM_DRAW);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, list.IdxBuffer.Size * static_cast<GLsizeiptr>(sizeof(ImDrawIdx)),
                 list.IdxBuffer.Data, GL_STREAM_DRAW);
    for (const ImDrawCmd& cmd : list.CmdBuffer) {
      if (cmd.UserCallback) {
        if (cmd.UserCallback == ImDrawCallback_ResetRenderState)
          setState(data, width, height);
        else
          cmd.UserCallback(&list, &cmd);
        continue;
      }
      // The clip rectangle in framebuffer pixels, y up.
      const float x0 = (cmd.ClipRect.x - data.DisplayPos.x) * scale.x;
      const float y0 = (cmd.ClipRect.y - data.DisplayPos.y) * scale.y;
      const float x1 = (cmd.ClipRect.z - data.DisplayPos.x) * scale.x;
      const float y1 = (cmd.ClipRect.w - data.DisplayPos.y) * scale.y;
      if (x1 <= x0 || y1 <= y0 || cmd.ElemCount == 0) continue;
      glScissor(static_cast<GLint>(x0), static_cast<GLint>(height - y1), static_cast<GLsizei>(x1 - x0),
                static_cast<GLsizei>(y1 - y0));
      glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(reinterpret_cast<intptr_t>(cmd.GetTexID())));
      glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount),
                     sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                     reinterpret_cast<void*>(static_cast<intptr_t>(cmd.IdxOffset * sizeof(ImDrawIdx))));
    }
  }
  glDisable(GL_SCISSOR_TEST);  // the next frame's glClear covers the whole canvas
}

}  // namespace usjp::webgl
