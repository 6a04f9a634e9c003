<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AnswerAnnouncer</name>
    <message>
        <source>Answer stopped.</source>
        <translation>回答已停止。</translation>
    </message>
    <message>
        <source>The answer was interrupted.</source>
        <translation>回答被中断了。</translation>
    </message>
    <message>
        <source>The answer failed.</source>
        <translation>回答失败了。</translation>
    </message>
    <message>
        <source>Answer finished.</source>
        <translation>回答已完成。</translation>
    </message>
</context>
<context>
    <name>ApiActions</name>
    <message>
        <source>Local API…</source>
        <translation>本地 API…</translation>
    </message>
    <message>
        <source>Let other apps on this computer use Hearth through an OpenAI-compatible API</source>
        <translation>让这台电脑上的其他应用通过兼容 OpenAI 的 API 使用 Hearth</translation>
    </message>
    <message>
        <source>Local API</source>
        <translation>本地 API</translation>
    </message>
    <message>
        <source>Local API: on</source>
        <translation>本地 API：已开启</translation>
    </message>
</context>
<context>
    <name>ApiPanel</name>
    <message>
        <source>Local API</source>
        <translation>本地 API</translation>
    </message>
    <message>
        <source>Let other apps on this computer use Hearth</source>
        <translation>让这台电脑上的其他应用使用 Hearth</translation>
    </message>
    <message>
        <source>Serve an OpenAI-compatible API on this computer only</source>
        <translation>仅在这台电脑上提供兼容 OpenAI 的 API</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Apps send it as &quot;Authorization: Bearer KEY&quot;</source>
        <translation>应用以“Authorization: Bearer KEY”的形式发送它</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>复制密钥</translation>
    </message>
    <message>
        <source>Copy the API key</source>
        <translation>复制 API 密钥</translation>
    </message>
    <message>
        <source>What the local API is doing</source>
        <translation>本地 API 的运行状态</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Apps use it like OpenAI&apos;s API. Every request is screened, signed and audited like the window&apos;s, under the same safety profile and the guardian&apos;s rules.</source>
        <translation>应用可以像使用 OpenAI 的 API 一样使用它。每个请求都会像窗口中的请求一样经过筛查、签名和审计，并遵循相同的安全配置和监护人的规则。</translation>
    </message>
    <message>
        <source>The API key is on the clipboard.</source>
        <translation>API 密钥已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Stopped: other apps cannot use Hearth.</source>
        <translation>已停止：其他应用无法使用 Hearth。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Listening on %1 (this computer only).</source>
        <translation>正在监听 %1（仅限这台电脑）。</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>AppearanceDialog</name>
    <message>
        <source>Appearance and language</source>
        <translation>外观和语言</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language of Hearth&apos;s window. Hearth uses a new language the next time it starts.</source>
        <translation>Hearth 窗口使用的语言。新语言会在 Hearth 下次启动时生效。</translation>
    </message>
    <message>
        <source>Hearth will use this language the next time it starts.</source>
        <translation>Hearth 将在下次启动时使用此语言。</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>White and yellow text on black, with strong outlines. It shows at once.</source>
        <translation>黑色背景上的白色和黄色文字，轮廓醒目。立即生效。</translation>
    </message>
    <message>
        <source> %</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <source>The size of all text, the conversation included, from 80 to 200 percent. It shows at once.</source>
        <translation>所有文字（包括对话）的大小，范围为 80% 到 200%。立即生效。</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>文字大小(&amp;T)</translation>
    </message>
    <message>
        <source>These settings apply to every conversation. Anywhere in the window, Ctrl with + or − changes the text size and Ctrl+0 puts it back to 100 %.</source>
        <translation>这些设置适用于所有对话。在窗口中的任何位置，按 Ctrl 加 + 或 − 可调整文字大小，按 Ctrl+0 可恢复为 100%。</translation>
    </message>
    <message>
        <source>Keep these settings</source>
        <translation>保留这些设置</translation>
    </message>
    <message>
        <source>Put back the settings as they were</source>
        <translation>恢复为原来的设置</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>(the text cannot be decrypted)</source>
        <translation>（无法解密该文本）</translation>
    </message>
    <message>
        <source>(the text was deleted)</source>
        <translation>（该文本已被删除）</translation>
    </message>
    <message>
        <source>text: {0}</source>
        <translation>文本：{0}</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Hearth started</source>
        <translation>Hearth 已启动</translation>
    </message>
    <message>
        <source>Hearth stopped</source>
        <translation>Hearth 已停止</translation>
    </message>
    <message>
        <source>Model loaded</source>
        <translation>已加载模型</translation>
    </message>
    <message>
        <source>Profile changed</source>
        <translation>已更改配置</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>已更改设置</translation>
    </message>
    <message>
        <source>Guardian unlock attempt</source>
        <translation>尝试解锁监护人设置</translation>
    </message>
    <message>
        <source>Screening verdict</source>
        <translation>筛查结果</translation>
    </message>
    <message>
        <source>Warning overridden</source>
        <translation>已忽略警告</translation>
    </message>
    <message>
        <source>Engine crashed</source>
        <translation>引擎崩溃</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Old records deleted</source>
        <translation>已删除旧记录</translation>
    </message>
    <message>
        <source>Tampering detected</source>
        <translation>检测到篡改</translation>
    </message>
    <message>
        <source>Signing key created</source>
        <translation>已创建签名密钥</translation>
    </message>
    <message>
        <source>Answer completed</source>
        <translation>回答已完成</translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation>访问被拒绝</translation>
    </message>
    <message>
        <source>Model added</source>
        <translation>已添加模型</translation>
    </message>
    <message>
        <source>Model removed</source>
        <translation>已移除模型</translation>
    </message>
    <message>
        <source>Model downloaded</source>
        <translation>已下载模型</translation>
    </message>
    <message>
        <source>Model licence accepted</source>
        <translation>已接受模型许可证</translation>
    </message>
    <message>
        <source>Model report card</source>
        <translation>模型评测报告</translation>
    </message>
    <message>
        <source>API started</source>
        <translation>API 已启动</translation>
    </message>
    <message>
        <source>API stopped</source>
        <translation>API 已停止</translation>
    </message>
    <message>
        <source>Policy installed</source>
        <translation>已安装策略</translation>
    </message>
    <message>
        <source>Review archive exported</source>
        <translation>已导出审阅存档</translation>
    </message>
    <message>
        <source>Inference server changed</source>
        <translation>已更改推理服务器</translation>
    </message>
    <message>
        <source>Damaged entry</source>
        <translation>损坏的条目</translation>
    </message>
    <message>
        <source>Hearth audit report</source>
        <translation>Hearth 审计报告</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} 至 {last}</translation>
    </message>
    <message>
        <source>Made {time} on the log {origin}.</source>
        <translation>生成于 {time}，日志来源：{origin}。</translation>
    </message>
    <message>
        <source>Can this log be trusted?</source>
        <translation>这份日志可信吗？</translation>
    </message>
    <message>
        <source>Verified: all {entries} entries match the signed checkpoints; nothing was changed, removed or reordered.</source>
        <translation>已验证：全部 {entries} 条记录与签名检查点一致；没有任何内容被更改、删除或重新排序。</translation>
    </message>
    <message>
        <source>Verification FAILED. The log was changed outside Hearth. First problem: {problem}</source>
        <translation>验证失败。日志在 Hearth 之外被更改过。第一个问题：{problem}</translation>
    </message>
    <message>
        <source>Newest signed checkpoint: {size} entries, root {root}…, signed {time}.</source>
        <translation>最新的签名检查点：{size} 条记录，根哈希 {root}…，签名于 {time}。</translation>
    </message>
    <message>
        <source>There is no signed checkpoint yet.</source>
        <translation>还没有签名检查点。</translation>
    </message>
    <message>
        <source>Blocked per day, by category</source>
        <translation>每日拦截次数（按类别）</translation>
    </message>
    <message>
        <source>Warnings per day, by category</source>
        <translation>每日警告次数（按类别）</translation>
    </message>
    <message>
        <source>Minutes of use per day</source>
        <translation>每日使用分钟数</translation>
    </message>
    <message>
        <source>Nothing in this period</source>
        <translation>此期间内没有记录</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Per category over the period</source>
        <translation>整个期间的各类别统计</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>已拦截</translation>
    </message>
    <message>
        <source>Warned</source>
        <translation>已警告</translation>
    </message>
    <message>
        <source>Entries by kind</source>
        <translation>按类型统计的条目</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Hearth was open for {minutes} minutes over {days} days.</source>
        <translation>在 {days} 天内，Hearth 共打开了 {minutes} 分钟。</translation>
    </message>
    <message>
        <source>Summary for sharing (differential privacy, ε = {epsilon})</source>
        <translation>用于分享的摘要（差分隐私，ε = {epsilon}）</translation>
    </message>
    <message>
        <source>Each count below has random Laplace noise with scale 1/ε = {scale} added, so one event more or less changes what is shared very little. About two thirds of the counts are within {spread} of the truth. ε = {epsilon} protects single events; a person with many events is protected less. Counts that came out below zero are shown as zero.</source>
        <translation>下面的每个计数都加入了尺度为 1/ε = {scale} 的随机拉普拉斯噪声，因此多一个或少一个事件，对分享出去的内容影响很小。大约三分之二的计数与真实值相差在 {spread} 以内。ε = {epsilon} 保护的是单个事件；事件很多的人受到的保护会少一些。结果低于零的计数显示为零。</translation>
    </message>
    <message>
        <source>Noisy count</source>
        <translation>加噪计数</translation>
    </message>
    <message>
        <source>This report holds counts only: no prompt or answer text.</source>
        <translation>此报告只包含计数：不含任何提问或回答的文本。</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>重新验证</translation>
    </message>
    <message>
        <source>Verify the audit log again</source>
        <translation>重新验证审计日志</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>期间的第一天</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>期间的最后一天</translation>
    </message>
    <message>
        <source>Audit log views</source>
        <translation>审计日志视图</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Share a summary</source>
        <translation>分享摘要</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <source>Export the audit report</source>
        <translation>导出审计报告</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the audit log</source>
        <translation>关闭审计日志</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Privacy level epsilon</source>
        <translation>隐私级别 epsilon</translation>
    </message>
    <message>
        <source>Before counts leave your home, random noise is added to each one. ε (epsilon) sets how much: a smaller ε adds more noise, so the counts say less about any single event (more privacy, less accuracy); a larger ε adds less noise. Every change of ε draws new noise.</source>
        <translation>在计数离开你的家之前，每个计数都会加入随机噪声。ε（epsilon）决定加入多少：ε 越小，噪声越多，计数透露的单个事件信息就越少（隐私性更强，准确度更低）；ε 越大，噪声越少。每次更改 ε 都会重新生成噪声。</translation>
    </message>
    <message>
        <source>Noisy counts per category</source>
        <translation>各类别的加噪计数</translation>
    </message>
    <message>
        <source>Select all counts</source>
        <translation>全选计数</translation>
    </message>
    <message>
        <source>ε (epsilon)</source>
        <translation>ε（epsilon）</translation>
    </message>
    <message>
        <source>Reading and verifying the audit log…</source>
        <translation>正在读取并验证审计日志…</translation>
    </message>
    <message numerus="yes">
        <source>(%n more problem(s).)</source>
        <translation>
            <numerusform>（另有 %n 个问题。）</numerusform>
        </translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Wait until the audit log has been read.</source>
        <translation>请等待审计日志读取完成。</translation>
    </message>
    <message>
        <source>The report could not be saved to {0}: {1}</source>
        <translation>无法将报告保存到 {0}：{1}</translation>
    </message>
    <message>
        <source>The report was saved to {0}.</source>
        <translation>报告已保存到 {0}。</translation>
    </message>
</context>
<context>
    <name>BackendPanel</name>
    <message>
        <source>This computer (llama.cpp and the models installed here)</source>
        <translation>这台电脑（llama.cpp 和安装在这里的模型）</translation>
    </message>
    <message>
        <source>An inference server on your network (llama-server, vLLM, Ollama)</source>
        <translation>你所在网络中的推理服务器（llama-server、vLLM、Ollama）</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>The inference server&apos;s address, e.g. http://lab-server:8080</source>
        <translation>推理服务器的地址，例如 http://lab-server:8080</translation>
    </message>
    <message>
        <source>Model on the server</source>
        <translation>服务器上的模型</translation>
    </message>
    <message>
        <source>The server&apos;s model id; List models asks the server</source>
        <translation>服务器上的模型 ID；“列出模型”会向服务器查询</translation>
    </message>
    <message>
        <source>Server API key</source>
        <translation>服务器 API 密钥</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key (if any)</source>
        <translation>留空则保留已存储的密钥（如有）</translation>
    </message>
    <message>
        <source>List models</source>
        <translation>列出模型</translation>
    </message>
    <message>
        <source>Ask the server which models it offers</source>
        <translation>询问服务器提供哪些模型</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Take answers from the choice above</source>
        <translation>从上面选择的来源获取回答</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Where answers come from</source>
        <translation>回答的来源</translation>
    </message>
    <message>
        <source>With a server, your prompts are still screened on this computer before they are sent, answers are screened here as they arrive, and every answer is signed and audited here. Its statement names the server and the model; the weights cannot be hashed here, and a server cannot apply the answer watermark.</source>
        <translation>使用服务器时，你的提问在发送前仍会先在这台电脑上筛查，回答到达时也会在这里筛查，每条回答都会在这里签名和审计。签名声明中会注明服务器和模型；但这里无法计算模型权重的哈希值，服务器也无法为回答添加水印。</translation>
    </message>
    <message>
        <source>Approved by the model allowlist.</source>
        <translation>已列入已批准的模型列表。</translation>
    </message>
    <message>
        <source>Not on the model allowlist: answers are refused until a guardian approves it (allowlist entry %1).</source>
        <translation>不在已批准的模型列表中：在监护人批准之前，回答会被拒绝（列表条目 %1）。</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>正在向 %1 查询模型…</translation>
    </message>
    <message numerus="yes">
        <source>The server offers %n model(s).</source>
        <translation>
            <numerusform>该服务器提供 %n 个模型。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Answers now come from this computer&apos;s models.</source>
        <translation>现在由这台电脑上的模型提供回答。</translation>
    </message>
    <message>
        <source>Answers now come from %1 on %2.</source>
        <translation>现在由 %2 上的 %1 提供回答。</translation>
    </message>
</context>
<context>
    <name>CatalogPanel</name>
    <message>
        <source>Models to download</source>
        <translation>可下载的模型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>量化</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Memory needed</source>
        <translation>所需内存</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>下载进度</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>下载所选模型</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause the download</source>
        <translation>暂停下载</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the download and delete the part</source>
        <translation>取消下载并删除已下载的部分</translation>
    </message>
    <message>
        <source>This computer has %1 of memory.</source>
        <translation>这台电脑有 %1 内存。</translation>
    </message>
    <message>
        <source>Reading the model catalog…</source>
        <translation>正在读取模型目录…</translation>
    </message>
    <message>
        <source> (a saved copy: the address could not be reached)</source>
        <translation>（已保存的副本：无法访问该地址）</translation>
    </message>
    <message>
        <source>From %1%2</source>
        <translation>来源：%1%2</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>guard</source>
        <translation>防护</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已校验</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>未校验</translation>
    </message>
    <message>
        <source>More than this computer has</source>
        <translation>超出这台电脑的内存</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>正在下载…</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>Paused at %1 %</source>
        <translation>已暂停于 %1 %</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Resume the download</source>
        <translation>继续下载</translation>
    </message>
    <message>
        <source>Download a file Hearth cannot check?</source>
        <translation>要下载 Hearth 无法校验的文件吗？</translation>
    </message>
    <message>
        <source>The catalog has no checksum for %1, so Hearth cannot check that what arrives is complete and is the file its makers published: a damaged or altered file would look the same. Download it only if you trust where it comes from.</source>
        <translation>模型目录中没有 %1 的校验和，因此 Hearth 无法确认下载的文件是否完整、是否就是发布者所发布的文件：损坏或被篡改的文件看起来也一模一样。只有在你信任其来源时才下载。</translation>
    </message>
    <message>
        <source>Download anyway</source>
        <translation>仍然下载</translation>
    </message>
    <message>
        <source>Don&apos;t download</source>
        <translation>不下载</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation>正在暂停…</translation>
    </message>
    <message>
        <source>The partial download of %1 was deleted.</source>
        <translation>%1 未下载完的部分已删除。</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> / %1</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>and checked</source>
        <translation>并已校验</translation>
    </message>
    <message>
        <source>(not checked: no checksum)</source>
        <translation>（未校验：没有校验和）</translation>
    </message>
    <message>
        <source>%1 was downloaded %2.</source>
        <translation>%1 已下载%2。</translation>
    </message>
    <message>
        <source>The download of %1 is paused. Resume continues where it stopped, also after Hearth restarts.</source>
        <translation>%1 的下载已暂停。点击“继续”会从中断处接着下载，Hearth 重启后也可以。</translation>
    </message>
    <message>
        <source>The download of %1 was cancelled and its part deleted.</source>
        <translation>%1 的下载已取消，已下载的部分已删除。</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the guardian&apos;s passphrase</source>
        <translation>更改监护人口令</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>更改口令</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>更改口令</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Keep the old passphrase</source>
        <translation>保留旧口令</translation>
    </message>
    <message>
        <source>The passphrase is changed. The old recovery code no longer works; this is the new one:</source>
        <translation>口令已更改。旧的恢复码已失效；这是新的恢复码：</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation>选择新口令</translation>
    </message>
    <message>
        <source>Write down the new recovery code</source>
        <translation>写下新的恢复码</translation>
    </message>
    <message>
        <source>Changing the passphrase… this takes a moment.</source>
        <translation>正在更改口令…请稍候。</translation>
    </message>
    <message>
        <source>Write the new recovery code down and tick the box first: it is shown only this once.</source>
        <translation>请先写下新的恢复码并勾选复选框：它只会显示这一次。</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Your messages and the answers, the newest at the end. Answers are read out a few sentences at a time as they are written.</source>
        <translation>你的消息和回答，最新的在最后。回答会在生成过程中每次朗读几句。</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>Sent after a warning: this message may involve %1.</source>
        <translation>在警告后发送：这条消息可能涉及%1。</translation>
    </message>
    <message>
        <source>Hearth flagged this answer: it may include %1.</source>
        <translation>Hearth 标记了这条回答：它可能包含%1。</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>SmolLM2 135M Instruct</source>
        <translation>SmolLM2 135M Instruct</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>This answer failed.</source>
        <translation>这条回答失败了。</translation>
    </message>
    <message>
        <source>Still being written…</source>
        <translation>仍在生成中…</translation>
    </message>
    <message>
        <source>The safety screen stopped this message.</source>
        <translation>安全筛查拦截了这条消息。</translation>
    </message>
    <message>
        <source>(empty answer)</source>
        <translation>（空回答）</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
</context>
<context>
    <name>Credential</name>
    <message>
        <source>The passphrase has {count} characters; it needs at least {minimum}.</source>
        <translation>口令只有 {count} 个字符；至少需要 {minimum} 个。</translation>
    </message>
    <message>
        <source>A 4-digit PIN has only 10,000 possibilities, which someone can try in an afternoon; a few unrelated words (“kettle orbit marmalade”) are easy to remember and far harder to guess.</source>
        <translation>4 位数字 PIN 只有 10,000 种可能，有人一个下午就能全部试完；几个互不相关的词（例如“水壶 轨道 果酱”）很容易记住，却难猜得多。</translation>
    </message>
    <message>
        <source>The passphrase repeats the same few characters.</source>
        <translation>口令只是在重复同样的几个字符。</translation>
    </message>
    <message>
        <source>Use a few unrelated words instead.</source>
        <translation>请改用几个互不相关的词。</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss error</source>
        <translation>关闭错误提示</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The audit log could not be written</source>
        <translation>无法写入审计日志</translation>
    </message>
    <message>
        <source>The review archive cannot be written</source>
        <translation>无法写入审阅存档</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <source>The model file cannot be used</source>
        <translation>无法使用该模型文件</translation>
    </message>
    <message>
        <source>Not enough memory for this model</source>
        <translation>内存不足，无法运行此模型</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>无法加载模型</translation>
    </message>
    <message>
        <source>The message is too long</source>
        <translation>消息太长</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly</source>
        <translation>引擎意外停止</translation>
    </message>
    <message>
        <source>The guard model is not available</source>
        <translation>防护模型不可用</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>This data is from a newer Hearth</source>
        <translation>这些数据来自更新版本的 Hearth</translation>
    </message>
    <message>
        <source>The chat history cannot be opened</source>
        <translation>无法打开对话记录</translation>
    </message>
    <message>
        <source>Invalid setting</source>
        <translation>设置无效</translation>
    </message>
    <message>
        <source>The safety screen is not available</source>
        <translation>安全筛查不可用</translation>
    </message>
    <message>
        <source>A secret could not be stored</source>
        <translation>无法保存机密信息</translation>
    </message>
    <message>
        <source>Not a server address</source>
        <translation>不是服务器地址</translation>
    </message>
    <message>
        <source>The connection to the inference server at {url} was lost in the middle of the answer{why}.</source>
        <translation>与 {url} 上的推理服务器的连接在回答途中断开了{why}。</translation>
    </message>
    <message>
        <source>The answer so far is kept and marked interrupted. Check the network or the server, then send again.</source>
        <translation>目前已生成的回答会保留并标记为已中断。请检查网络或服务器，然后重新发送。</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>它没有及时响应</translation>
    </message>
    <message>
        <source>nothing is listening there</source>
        <translation>该地址上没有服务在监听</translation>
    </message>
    <message>
        <source>that name is not known on this network</source>
        <translation>此网络中无法识别该名称</translation>
    </message>
    <message>
        <source>Hearth cannot reach the inference server at {url}: {why}.</source>
        <translation>Hearth 无法连接到 {url} 上的推理服务器：{why}。</translation>
    </message>
    <message>
        <source>Check that the server is running and that this computer is on its network.</source>
        <translation>请确认服务器正在运行，并且这台电脑与它处于同一网络中。</translation>
    </message>
    <message>
        <source>Choose a longer passphrase</source>
        <translation>请选择更长的口令</translation>
    </message>
    <message>
        <source>The policy bundle cannot be used</source>
        <translation>无法使用该策略包</translation>
    </message>
    <message>
        <source>Managed by your organisation</source>
        <translation>由你的机构管理</translation>
    </message>
    <message>
        <source>Hearth is resting</source>
        <translation>Hearth 休息中</translation>
    </message>
    <message>
        <source>This model is not approved</source>
        <translation>此模型未获批准</translation>
    </message>
    <message>
        <source>This model is not suitable for this profile</source>
        <translation>此模型不适合此配置</translation>
    </message>
    <message>
        <source>Not available in kiosk mode</source>
        <translation>展台模式下不可用</translation>
    </message>
    <message>
        <source>The guardian&apos;s settings were changed outside Hearth</source>
        <translation>监护人设置在 Hearth 之外被更改</translation>
    </message>
    <message>
        <source>Hearth could not save the guardian&apos;s settings because the disk is full.</source>
        <translation>磁盘已满，Hearth 无法保存监护人设置。</translation>
    </message>
    <message>
        <source>Free some space and save again; the previous settings are still in force.</source>
        <translation>请释放一些空间后再次保存；之前的设置仍然有效。</translation>
    </message>
    <message>
        <source>Managed by guardian</source>
        <translation>由监护人管理</translation>
    </message>
    <message>
        <source>The machine-wide policy is not valid</source>
        <translation>全机策略无效</translation>
    </message>
    <message>
        <source>The time rules are not valid</source>
        <translation>时间规则无效</translation>
    </message>
    <message>
        <source>The model catalog is not valid</source>
        <translation>模型目录无效</translation>
    </message>
    <message>
        <source>No such model in the catalog</source>
        <translation>目录中没有这个模型</translation>
    </message>
    <message>
        <source>This download cannot be checked</source>
        <translation>无法校验此下载</translation>
    </message>
    <message>
        <source>The download failed</source>
        <translation>下载失败</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>已取消导入</translation>
    </message>
    <message>
        <source>Accept the model&apos;s licence first</source>
        <translation>请先接受模型的许可证</translation>
    </message>
    <message>
        <source>The model report card failed</source>
        <translation>模型评测报告生成失败</translation>
    </message>
    <message>
        <source>The model report card was cancelled</source>
        <translation>已取消模型评测报告</translation>
    </message>
    <message>
        <source>The evaluation file cannot be used</source>
        <translation>无法使用该评测文件</translation>
    </message>
    <message>
        <source>The safety profile is not valid</source>
        <translation>安全配置无效</translation>
    </message>
    <message>
        <source>Something went wrong; the details are in Hearth’s log.</source>
        <translation>出错了；详细信息见 Hearth 的日志。</translation>
    </message>
    <message>
        <source>This message needs about {tokens} tokens, but only {budget} fit in the context window ({n_ctx} tokens, {reserve} kept for the answer).</source>
        <translation>这条消息大约需要 {tokens} 个词元，但上下文窗口只能容纳 {budget} 个（共 {n_ctx} 个词元，其中 {reserve} 个留给回答）。</translation>
    </message>
    <message>
        <source>Shorten the message, lower the maximum answer length, or raise the context length in the conversation settings.</source>
        <translation>请缩短消息、降低回答长度上限，或在对话设置中提高上下文长度。</translation>
    </message>
    <message>
        <source>Hearth could not save its preferences because the disk is full.</source>
        <translation>磁盘已满，Hearth 无法保存偏好设置。</translation>
    </message>
    <message>
        <source>Free some space; your conversations are not affected.</source>
        <translation>请释放一些空间；你的对话不受影响。</translation>
    </message>
    <message>
        <source>Hearth could not save because the disk is full.</source>
        <translation>磁盘已满，Hearth 无法保存。</translation>
    </message>
    <message>
        <source>Free some space and try again; everything saved before this point is safe.</source>
        <translation>请释放一些空间后重试；此前保存的所有内容都是安全的。</translation>
    </message>
    <message>
        <source>The engine stopped answering for {seconds} seconds and was restarted.</source>
        <translation>引擎有 {seconds} 秒没有响应，已被重新启动。</translation>
    </message>
    <message>
        <source>Your conversation is saved; send again to continue.</source>
        <translation>你的对话已保存；重新发送即可继续。</translation>
    </message>
    <message>
        <source>The engine process stopped unexpectedly (exit code {code}).</source>
        <translation>引擎进程意外停止（退出代码 {code}）。</translation>
    </message>
    <message>
        <source>The answer so far is saved and marked interrupted; send again to start a fresh engine.</source>
        <translation>目前已生成的回答已保存并标记为已中断；重新发送即可启动新的引擎。</translation>
    </message>
    <message>
        <source>The model file {path} does not exist.</source>
        <translation>模型文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>Choose another model, or import the file again.</source>
        <translation>请选择其他模型，或重新导入该文件。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a model file.</source>
        <translation>{path} 是文件夹，不是模型文件。</translation>
    </message>
    <message>
        <source>Choose a .gguf file.</source>
        <translation>请选择 .gguf 文件。</translation>
    </message>
    <message>
        <source>The model file {path} cannot be read ({why}).</source>
        <translation>无法读取模型文件 {path}（{why}）。</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>请检查该文件的权限。</translation>
    </message>
    <message>
        <source>{name} is not a GGUF model file.</source>
        <translation>{name} 不是 GGUF 模型文件。</translation>
    </message>
    <message>
        <source>Hearth runs quantized models in the GGUF format (files ending in .gguf).</source>
        <translation>Hearth 运行 GGUF 格式的量化模型（扩展名为 .gguf 的文件）。</translation>
    </message>
    <message>
        <source>{name} uses GGUF version {version}, which this Hearth cannot read.</source>
        <translation>{name} 使用的是 GGUF 版本 {version}，当前版本的 Hearth 无法读取。</translation>
    </message>
    <message>
        <source>Convert the model with a current llama.cpp, or update Hearth.</source>
        <translation>请使用最新版 llama.cpp 转换该模型，或更新 Hearth。</translation>
    </message>
    <message>
        <source>{name} has a damaged header.</source>
        <translation>{name} 的文件头已损坏。</translation>
    </message>
    <message>
        <source>The file is corrupt; download or import it again.</source>
        <translation>该文件已损坏；请重新下载或导入。</translation>
    </message>
    <message>
        <source>{name} is too small to hold a model; it is probably truncated.</source>
        <translation>{name} 太小，不可能包含模型；该文件很可能不完整。</translation>
    </message>
    <message>
        <source>Download or import it again.</source>
        <translation>请重新下载或导入该文件。</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Kind of entry</source>
        <translation>条目类型</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Search the details</source>
        <translation>搜索详情</translation>
    </message>
    <message>
        <source>Search the details of the entries</source>
        <translation>搜索条目的详情</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <source>Show conversation text</source>
        <translation>显示对话文本</translation>
    </message>
    <message>
        <source>Show the text of conversations kept in the audit log</source>
        <translation>显示审计日志中保存的对话文本</translation>
    </message>
    <message>
        <source>The log keeps the text of conversations, encrypted, because a guardian chose to. Only you can read it here.</source>
        <translation>由于监护人的选择，日志会以加密方式保存对话文本。只有你能在这里阅读它。</translation>
    </message>
    <message>
        <source>Entries shown</source>
        <translation>显示的条目</translation>
    </message>
    <message>
        <source>Audit entries, newest first</source>
        <translation>审计条目，最新的在前</translation>
    </message>
    <message>
        <source>Select all entries</source>
        <translation>全选条目</translation>
    </message>
    <message>
        <source>{0} of {1} entries</source>
        <translation>{0} / {1} 条记录</translation>
    </message>
</context>
<context>
    <name>Governance</name>
    <message>
        <source>Unlocked · locks again in %n min</source>
        <translation>已解锁 · %n 分钟后再次锁定</translation>
    </message>
    <message>
        <source>Editing safety profiles</source>
        <translation>编辑安全配置</translation>
    </message>
    <message>
        <source>Adding or removing models</source>
        <translation>添加或移除模型</translation>
    </message>
    <message>
        <source>Raising the answer and context limits</source>
        <translation>提高回答长度和上下文上限</translation>
    </message>
    <message>
        <source>The audit settings</source>
        <translation>审计设置</translation>
    </message>
    <message>
        <source>The provenance settings</source>
        <translation>来源证明设置</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>展台模式</translation>
    </message>
    <message>
        <source>The guard model</source>
        <translation>防护模型</translation>
    </message>
    <message>
        <source>The guardian&apos;s settings</source>
        <translation>监护人设置</translation>
    </message>
    <message>
        <source>Serving the API beyond this computer</source>
        <translation>向这台电脑以外提供 API</translation>
    </message>
    <message>
        <source>{what} is managed by your organisation&apos;s policy for this computer.</source>
        <translation>{what}由这台电脑的机构策略管理。</translation>
    </message>
    <message>
        <source>Ask your school&apos;s or organisation&apos;s administrator.</source>
        <translation>请联系你的学校或机构的管理员。</translation>
    </message>
    <message>
        <source>{model} is not on the list of models approved by your organisation.</source>
        <translation>{model} 不在你的机构批准的模型列表中。</translation>
    </message>
    <message>
        <source>{model} is not on the list of models approved by the guardian.</source>
        <translation>{model} 不在监护人批准的模型列表中。</translation>
    </message>
    <message>
        <source>Choose an approved model, or ask for this one to be approved.</source>
        <translation>请选择一个已批准的模型，或请求批准这个模型。</translation>
    </message>
    <message>
        <source>{model} looks like a model whose safety training was removed ({words} in its name or description), and the {profile} profile does not allow such models.</source>
        <translation>{model} 看起来是一个去除了安全训练的模型（名称或描述中含有 {words}），而“{profile}”配置不允许此类模型。</translation>
    </message>
    <message>
        <source>A guardian can approve this exact file by its hash (Guardian… → approved models).</source>
        <translation>监护人可以按哈希值批准这个确切的文件（监护人… → 已批准的模型）。</translation>
    </message>
    <message>
        <source>{what} is managed by the guardian.</source>
        <translation>{what}由监护人管理。</translation>
    </message>
    <message>
        <source>Ask the guardian to unlock Hearth with their passphrase.</source>
        <translation>请让监护人用口令解锁 Hearth。</translation>
    </message>
</context>
<context>
    <name>GuardianPanel</name>
    <message>
        <source>Guardian settings</source>
        <translation>监护人设置</translation>
    </message>
    <message>
        <source>Lock status</source>
        <translation>锁定状态</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy for this computer ignores the guardian&apos;s settings; its own settings apply instead.</source>
        <translation>这台电脑的机构策略会忽略监护人的设置，改用机构策略自己的设置。</translation>
    </message>
    <message>
        <source>{0} Until you save again, Hearth uses its strictest settings.</source>
        <translation>{0} 在你再次保存之前，Hearth 会使用最严格的设置。</translation>
    </message>
    <message>
        <source>Locked profile</source>
        <translation>锁定的配置</translation>
    </message>
    <message>
        <source>Whatever profile someone picks, Hearth is at least as careful as this one.</source>
        <translation>无论别人选择哪个配置，Hearth 都至少会和这个配置一样谨慎。</translation>
    </message>
    <message>
        <source>Limit when and how long Hearth can be used</source>
        <translation>限制 Hearth 的使用时段和时长</translation>
    </message>
    <message>
        <source>No limits</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>Time rules</source>
        <translation>时间规则</translation>
    </message>
    <message>
        <source>Today&apos;s use</source>
        <translation>今日使用</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Extra minutes to grant for today</source>
        <translation>今天额外给予的分钟数</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>给予</translation>
    </message>
    <message>
        <source>Grant the extra minutes for today</source>
        <translation>给予今天的额外分钟数</translation>
    </message>
    <message>
        <source>Extra time adds to today&apos;s daily limit only; it does not change the allowed hours.</source>
        <translation>额外时间只会增加今天的每日限额，不会改变允许使用的时段。</translation>
    </message>
    <message>
        <source>Extra time today</source>
        <translation>今日额外时间</translation>
    </message>
    <message>
        <source>Approved models</source>
        <translation>已批准的模型</translation>
    </message>
    <message>
        <source>Approve the current model</source>
        <translation>批准当前模型</translation>
    </message>
    <message>
        <source>Approve the model in use now</source>
        <translation>批准正在使用的模型</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected model</source>
        <translation>移除所选模型</translation>
    </message>
    <message>
        <source>Allow any model</source>
        <translation>允许任何模型</translation>
    </message>
    <message>
        <source>Keep the text of conversations in the audit log</source>
        <translation>在审计日志中保存对话文本</translation>
    </message>
    <message>
        <source>Keep conversation text in the audit log</source>
        <translation>在审计日志中保存对话文本</translation>
    </message>
    <message>
        <source>The text is encrypted, only a guardian can read it, and the chat window says so to everyone. Off: only what happened is kept.</source>
        <translation>文本会被加密，只有监护人能阅读，而且聊天窗口会向所有人说明这一点。关闭时：只记录发生了什么。</translation>
    </message>
    <message>
        <source>Watermark answers, so they can be recognised later</source>
        <translation>为回答添加水印，以便日后识别</translation>
    </message>
    <message>
        <source>Watermark answers</source>
        <translation>为回答添加水印</translation>
    </message>
    <message>
        <source>Changes to the audit log apply from the next start of Hearth.</source>
        <translation>对审计日志的更改将在 Hearth 下次启动时生效。</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Kiosk mode, for a shared computer</source>
        <translation>展台模式，用于共用电脑</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>展台模式</translation>
    </message>
    <message>
        <source> min without activity</source>
        <translation> 分钟无操作后</translation>
    </message>
    <message>
        <source>Lock the guardian settings again after this many minutes without activity</source>
        <translation>无操作达到这么多分钟后，再次锁定监护人设置</translation>
    </message>
    <message>
        <source> min without use</source>
        <translation> 分钟无人使用后</translation>
    </message>
    <message>
        <source>In kiosk mode, start afresh after this many minutes without use</source>
        <translation>在展台模式下，无人使用达到这么多分钟后重新开始</translation>
    </message>
    <message>
        <source>Lock again after</source>
        <translation>再次锁定</translation>
    </message>
    <message>
        <source>Kiosk: start afresh after</source>
        <translation>展台模式重新开始</translation>
    </message>
    <message>
        <source>Kiosk and locking</source>
        <translation>展台模式与锁定</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>更改口令…</translation>
    </message>
    <message>
        <source>Change the guardian&apos;s passphrase</source>
        <translation>更改监护人口令</translation>
    </message>
    <message>
        <source>Remove guardian…</source>
        <translation>移除监护人…</translation>
    </message>
    <message>
        <source>Remove the guardian</source>
        <translation>移除监护人</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>审计日志…</translation>
    </message>
    <message>
        <source>Open the audit log</source>
        <translation>打开审计日志</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>立即锁定</translation>
    </message>
    <message>
        <source>Lock the guardian settings now</source>
        <translation>立即锁定监护人设置</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the guardian settings</source>
        <translation>保存监护人设置</translation>
    </message>
    <message>
        <source>Any model may be used.</source>
        <translation>可以使用任何模型。</translation>
    </message>
    <message>
        <source>No model is approved: Hearth will not chat until one is.</source>
        <translation>没有已批准的模型：在批准一个模型之前，Hearth 不会聊天。</translation>
    </message>
    <message>
        <source>Only these models may be used:</source>
        <translation>只能使用以下模型：</translation>
    </message>
    <message>
        <source>{0} (in use now)</source>
        <translation>{0}（正在使用）</translation>
    </message>
    <message>
        <source>a model not in use now</source>
        <translation>一个当前未使用的模型</translation>
    </message>
    <message>
        <source>There is no daily limit.</source>
        <translation>没有每日限额。</translation>
    </message>
    <message>
        <source>Used today: {0} min. There is no daily limit.</source>
        <translation>今日已使用：{0} 分钟。没有每日限额。</translation>
    </message>
    <message>
        <source>Today&apos;s usage record is damaged, so today&apos;s time counts as used up. Granting extra time starts today afresh.</source>
        <translation>今天的使用记录已损坏，因此今天的时间视为已用完。给予额外时间会让今天重新开始计时。</translation>
    </message>
    <message>
        <source>Used today: {0} min of {1} min + {2} min extra. Left today: {3} min.</source>
        <translation>今日已使用：{0} 分钟，限额 {1} 分钟 + 额外 {2} 分钟。今日剩余：{3} 分钟。</translation>
    </message>
    <message>
        <source>Used today: {0} min of {1} min. Left today: {2} min.</source>
        <translation>今日已使用：{0} 分钟，限额 {1} 分钟。今日剩余：{2} 分钟。</translation>
    </message>
    <message numerus="yes">
        <source>Unlocked · locks again after %n minute(s) without activity</source>
        <translation>
            <numerusform>已解锁 · 无操作 %n 分钟后再次锁定</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>{0} extra minutes granted for today.</source>
        <translation>已为今天给予 {0} 分钟额外时间。</translation>
    </message>
    <message>
        <source>Remove the guardian?</source>
        <translation>移除监护人？</translation>
    </message>
    <message>
        <source>Hearth will no longer be locked: anyone using this computer can change the safety profile, the time limits and the approved models. The audit log keeps a record that the guardian was removed.</source>
        <translation>Hearth 将不再锁定：任何使用这台电脑的人都可以更改安全配置、时间限制和已批准的模型。审计日志会记录监护人已被移除。</translation>
    </message>
    <message>
        <source>Remove guardian</source>
        <translation>移除监护人</translation>
    </message>
    <message>
        <source>Keep the guardian</source>
        <translation>保留监护人</translation>
    </message>
</context>
<context>
    <name>GuardianSetupDialog</name>
    <message>
        <source>Set up a guardian</source>
        <translation>设置监护人</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>返回上一步</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the guardian set-up</source>
        <translation>取消设置监护人</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>A guardian is the grown-up (a parent, carer or teacher) who decides what Hearth allows on this computer. Once a guardian is set up, the safety profile, the time limits and the approved models can only be changed with the guardian&apos;s passphrase.</source>
        <translation>监护人是决定 Hearth 在这台电脑上允许什么的成年人（家长、看护人或老师）。设置监护人后，只有输入监护人的口令才能更改安全配置、时间限制和已批准的模型。</translation>
    </message>
    <message>
        <source>Why not a 4-digit PIN? It has only 10,000 possibilities, which someone can try in an afternoon. A few unrelated words are easier to remember and far harder to guess.</source>
        <translation>为什么不用 4 位数字 PIN？它只有 10,000 种可能，有人一个下午就能全部试完。几个互不相关的词更容易记住，也更难被猜中。</translation>
    </message>
    <message>
        <source>Choose the guardian&apos;s passphrase</source>
        <translation>选择监护人口令</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy for this computer does not use a guardian&apos;s settings, so a guardian cannot be set up here.</source>
        <translation>这台电脑的机构策略不使用监护人的设置，因此无法在这里设置监护人。</translation>
    </message>
    <message>
        <source>{0} Setting up a guardian again replaces those settings.</source>
        <translation>{0} 重新设置监护人会替换这些设置。</translation>
    </message>
    <message>
        <source>Profile to lock</source>
        <translation>要锁定的配置</translation>
    </message>
    <message>
        <source>Limit when and how long Hearth can be used</source>
        <translation>限制 Hearth 的使用时段和时长</translation>
    </message>
    <message>
        <source>Only allow the model in use now</source>
        <translation>只允许当前正在使用的模型</translation>
    </message>
    <message>
        <source>The model in use now: {0}</source>
        <translation>当前正在使用的模型：{0}</translation>
    </message>
    <message>
        <source>Kiosk mode, for a shared computer</source>
        <translation>展台模式，用于共用电脑</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>展台模式</translation>
    </message>
    <message>
        <source>Choose what to lock</source>
        <translation>选择要锁定的内容</translation>
    </message>
    <message>
        <source>The guardian is set up. This is your recovery code:</source>
        <translation>监护人已设置完成。这是你的恢复码：</translation>
    </message>
    <message>
        <source>When you press Finish, Hearth locks. To change these settings later, open the guardian settings and enter your passphrase.</source>
        <translation>按下“完成”后，Hearth 就会锁定。以后要更改这些设置，请打开监护人设置并输入你的口令。</translation>
    </message>
    <message>
        <source>Write down the recovery code</source>
        <translation>写下恢复码</translation>
    </message>
    <message>
        <source>Set up the lock</source>
        <translation>设置锁定</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Setting up the lock… this takes a moment.</source>
        <translation>正在设置锁定…请稍候。</translation>
    </message>
    <message>
        <source>Write the recovery code down and tick the box first: it is shown only this once.</source>
        <translation>请先写下恢复码并勾选复选框：它只会显示这一次。</translation>
    </message>
</context>
<context>
    <name>ImportChoiceDialog</name>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Copy into Hearth&apos;s models folder</source>
        <translation>复制到 Hearth 的模型文件夹</translation>
    </message>
    <message>
        <source>Use it where it is (it must stay there)</source>
        <translation>在原位置使用（文件必须保留在那里）</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import the model</source>
        <translation>导入模型</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Do not import the model</source>
        <translation>不导入模型</translation>
    </message>
</context>
<context>
    <name>LicenceDialog</name>
    <message>
        <source>Accept the model&apos;s licence</source>
        <translation>接受模型的许可证</translation>
    </message>
    <message>
        <source>not stated in the file</source>
        <translation>文件中未注明</translation>
    </message>
    <message>
        <source>%1 (%2) comes under this licence: %3. Read it before you use the model: accepting means you agree to its terms, and Hearth notes it in the audit log.</source>
        <translation>%1（%2）采用以下许可证：%3。使用该模型前请先阅读：接受即表示你同意其条款，Hearth 会在审计日志中记下这一点。</translation>
    </message>
    <message>
        <source>The licence: %1</source>
        <translation>许可证：%1</translation>
    </message>
    <message>
        <source>Hearth&apos;s catalog has no link to this licence: look for it where the model came from.</source>
        <translation>Hearth 的模型目录中没有这个许可证的链接：请到模型的来源处查找。</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Accept the licence</source>
        <translation>接受许可证</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Do not accept the licence</source>
        <translation>不接受许可证</translation>
    </message>
    <message>
        <source>The acceptance could not be saved: %1</source>
        <translation>无法保存接受记录：%1</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>Hearth could not listen on port %1 (%2); choose another port.</source>
        <translation>Hearth 无法监听端口 %1（%2）；请选择其他端口。</translation>
    </message>
    <message>
        <source>The local API stopped unexpectedly; the details are in Hearth&apos;s log.</source>
        <translation>本地 API 意外停止；详细信息见 Hearth 的日志。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Models…</source>
        <translation>模型…</translation>
    </message>
    <message>
        <source>Installed models, importing, downloading and report cards (Ctrl+Shift+M)</source>
        <translation>已安装的模型、导入、下载和评测报告（Ctrl+Shift+M）</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>新会话</translation>
    </message>
    <message>
        <source>Start afresh: the conversation so far leaves the screen</source>
        <translation>重新开始：当前对话将从屏幕上移除</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Safety profiles…</source>
        <translation>安全配置…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Guardian…</source>
        <translation>监护人…</translation>
    </message>
    <message>
        <source>Edit, clone, import and export safety profiles (Ctrl+Shift+P)</source>
        <translation>编辑、克隆、导入和导出安全配置（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>Conversation settings, and the appearance and language of the app (Ctrl+,)</source>
        <translation>对话设置，以及应用的外观和语言（Ctrl+,）</translation>
    </message>
    <message>
        <source>Unlock, lock and set up the guardian&apos;s controls (Ctrl+Shift+G)</source>
        <translation>解锁、锁定和设置监护人控制（Ctrl+Shift+G）</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>搜索聊天</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新聊天</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>开始新对话（Ctrl+N）</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>A guardian can read the conversations on this computer.</source>
        <translation>监护人可以阅读这台电脑上的对话。</translation>
    </message>
    <message>
        <source>The guardian&apos;s settings keep the text of conversations in the audit log, so a guardian can read them later.</source>
        <translation>监护人的设置会将对话文本保存在审计日志中，因此监护人以后可以阅读。</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>重新生成上一条回答</translation>
    </message>
    <message>
        <source>Answer the last message again (Ctrl+R)</source>
        <translation>重新回答上一条消息（Ctrl+R）</translation>
    </message>
    <message>
        <source>Copy answer</source>
        <translation>复制回答</translation>
    </message>
    <message>
        <source>Copy the last answer</source>
        <translation>复制上一条回答</translation>
    </message>
    <message>
        <source>Copy the last answer (Ctrl+Shift+C)</source>
        <translation>复制上一条回答（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>Edit last</source>
        <translation>编辑上一条</translation>
    </message>
    <message>
        <source>Edit the last message</source>
        <translation>编辑上一条消息</translation>
    </message>
    <message>
        <source>Edit and resend your last message (Ctrl+E, or Up in an empty box)</source>
        <translation>编辑并重新发送你的上一条消息（Ctrl+E，或在空输入框中按上箭头键）</translation>
    </message>
    <message>
        <source>Enter to send · Shift+Enter for a new line</source>
        <translation>按 Enter 发送 · Shift+Enter 换行</translation>
    </message>
    <message>
        <source>Guardian&apos;s lock</source>
        <translation>监护人锁定</translation>
    </message>
    <message>
        <source>Machine-wide policy</source>
        <translation>全机策略</translation>
    </message>
    <message>
        <source>A policy file set by your school or organisation is in force on this computer</source>
        <translation>你的学校或机构设置的策略文件正在这台电脑上生效</translation>
    </message>
    <message>
        <source>Copy last answer</source>
        <translation>复制上一条回答</translation>
    </message>
    <message>
        <source>Edit last message</source>
        <translation>编辑上一条消息</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Appearance and language…</source>
        <translation>外观和语言…</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <source>Text at 100%</source>
        <translation>文字恢复为 100%</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>删除对话</translation>
    </message>
    <message>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation>删除“%1”？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Answer copied</source>
        <translation>回答已复制</translation>
    </message>
    <message>
        <source>%1 / %2 tokens</source>
        <translation>%1 / %2 词元</translation>
    </message>
    <message>
        <source>1 older message no longer fits in the context and was left out</source>
        <translation>有 1 条较早的消息已超出上下文容量，因此被省略</translation>
    </message>
    <message numerus="yes">
        <source>%n older messages no longer fit in the context and were left out</source>
        <translation>
            <numerusform>有 %n 条较早的消息已超出上下文容量，因此被省略</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 词元/秒</translation>
    </message>
    <message>
        <source>Message not sent</source>
        <translation>消息未发送</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>停止回答</translation>
    </message>
    <message>
        <source>Text size: %1%</source>
        <translation>文字大小：%1%</translation>
    </message>
    <message>
        <source>Your preferences could not be saved</source>
        <translation>无法保存你的偏好设置</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The safety settings in force are the strictest of your choice and the guardian&apos;s or your organisation&apos;s. You can make things stricter, never looser.</source>
        <translation>当前生效的安全设置，是你的选择与监护人或机构设置中最严格的那一个。你可以让设置更严格，但不能更宽松。</translation>
    </message>
    <message>
        <source>The safety profile could not be changed</source>
        <translation>无法更改安全配置</translation>
    </message>
    <message>
        <source>Safety profile: %1</source>
        <translation>安全配置：%1</translation>
    </message>
    <message>
        <source>%1 Until this is fixed, the strictest preset (Child) is in force. Choose a profile in the toolbar, or fix it in Safety profiles…</source>
        <translation>%1 在问题修复之前，将使用最严格的预设（儿童）。请在工具栏中选择一个配置，或在“安全配置…”中修复。</translation>
    </message>
    <message>
        <source>The safety profile could not be read</source>
        <translation>无法读取安全配置</translation>
    </message>
    <message>
        <source>%1 Until this is mended, Hearth uses its strictest settings. A guardian or your organisation&apos;s administrator can fix it.</source>
        <translation>%1 在问题修复之前，Hearth 会使用最严格的设置。监护人或你所在机构的管理员可以修复它。</translation>
    </message>
    <message>
        <source>Hearth is using its strictest settings</source>
        <translation>Hearth 正在使用最严格的设置</translation>
    </message>
    <message>
        <source>Hearth is resting</source>
        <translation>Hearth 休息中</translation>
    </message>
</context>
<context>
    <name>ManagedNote</name>
    <message>
        <source>Managed setting</source>
        <translation>受管理的设置</translation>
    </message>
</context>
<context>
    <name>MessageInput</name>
    <message>
        <source>Message Hearth…</source>
        <translation>给 Hearth 发消息…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Enter sends the message, Shift+Enter starts a new line, and Up in an empty box edits your last message.</source>
        <translation>按 Enter 发送消息，按 Shift+Enter 换行，在空输入框中按上箭头键可编辑你的上一条消息。</translation>
    </message>
</context>
<context>
    <name>ModelActions</name>
    <message>
        <source>Memory will be tight with this model: %1</source>
        <translation>使用这个模型时内存会比较紧张：%1</translation>
    </message>
    <message>
        <source>%1 on the server %2</source>
        <translation>服务器 %2 上的 %1</translation>
    </message>
    <message>
        <source>The model that writes the answers</source>
        <translation>生成回答的模型</translation>
    </message>
    <message>
        <source>Answers come from the inference server (Models… → Inference server); choose This computer there to use these models</source>
        <translation>回答来自推理服务器（模型… → 推理服务器）；要使用这些模型，请在那里选择“这台电脑”</translation>
    </message>
    <message>
        <source>Only approved models are listed (%1)</source>
        <translation>只列出已批准的模型（%1）</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>你的选择</translation>
    </message>
</context>
<context>
    <name>ModelDetails</name>
    <message>
        <source>Use this model</source>
        <translation>使用此模型</translation>
    </message>
    <message>
        <source>Use this model for answers</source>
        <translation>使用此模型生成回答</translation>
    </message>
    <message>
        <source>Accept licence…</source>
        <translation>接受许可证…</translation>
    </message>
    <message>
        <source>Read and accept the licence</source>
        <translation>阅读并接受许可证</translation>
    </message>
    <message>
        <source>Show chat template…</source>
        <translation>显示聊天模板…</translation>
    </message>
    <message>
        <source>Show the chat template</source>
        <translation>显示聊天模板</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <source>Remove this model</source>
        <translation>移除此模型</translation>
    </message>
    <message>
        <source>Report card…</source>
        <translation>评测报告…</translation>
    </message>
    <message>
        <source>Run the model&apos;s report card</source>
        <translation>为模型生成评测报告</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>量化</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>上下文长度</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>聊天模板</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Choose a model in the list</source>
        <translation>在列表中选择一个模型</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 个词元</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 (not accepted yet)</source>
        <translation>%1（尚未接受）</translation>
    </message>
    <message>
        <source>The bundled model is part of Hearth and cannot be removed.</source>
        <translation>内置模型是 Hearth 的一部分，无法移除。</translation>
    </message>
    <message>
        <source>%1 now writes the answers.</source>
        <translation>现在由 %1 生成回答。</translation>
    </message>
    <message>
        <source>Hearth forgets %1; the file stays where it is.</source>
        <translation>Hearth 会忘记 %1；文件仍保留在原处。</translation>
    </message>
    <message>
        <source>%1 is deleted from Hearth&apos;s models folder. This cannot be undone.</source>
        <translation>%1 将从 Hearth 的模型文件夹中删除。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>移除 %1？</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>无法移除 %1：%2</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>已移除 %1。</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>The model that writes the answers</source>
        <translation>生成回答的模型</translation>
    </message>
    <message>
        <source>Open GGUF file…</source>
        <translation>打开 GGUF 文件…</translation>
    </message>
    <message>
        <source>Use a GGUF model file from anywhere on this computer</source>
        <translation>使用这台电脑上任意位置的 GGUF 模型文件</translation>
    </message>
    <message>
        <source>SmolLM2 135M Instruct (bundled)</source>
        <translation>SmolLM2 135M Instruct（内置）</translation>
    </message>
    <message>
        <source>%1 (not approved)</source>
        <translation>%1（未批准）</translation>
    </message>
    <message>
        <source>Checking which models are approved…</source>
        <translation>正在检查哪些模型已获批准…</translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation>打开 GGUF 模型</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF 模型 (*.gguf)</translation>
    </message>
</context>
<context>
    <name>ModelsView</name>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation>已安装的模型</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import a model file</source>
        <translation>导入模型文件</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Inference server</source>
        <translation>推理服务器</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the models view</source>
        <translation>关闭模型视图</translation>
    </message>
    <message>
        <source>Reading the model files…</source>
        <translation>正在读取模型文件…</translation>
    </message>
    <message>
        <source>Add a GGUF model file from this computer</source>
        <translation>从这台电脑添加 GGUF 模型文件</translation>
    </message>
    <message>
        <source>Import a GGUF model</source>
        <translation>导入 GGUF 模型</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF 模型 (*.gguf)</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>导入已取消；没有添加任何内容。</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>新口令</translation>
    </message>
    <message>
        <source>At least {0} characters, a few words work well</source>
        <translation>至少 {0} 个字符，用几个词组成效果很好</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>再次输入新口令</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>再次输入同一口令</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>显示口令</translation>
    </message>
    <message>
        <source>Show the passphrase as it is typed</source>
        <translation>输入时显示口令</translation>
    </message>
    <message>
        <source>Passphrase hint</source>
        <translation>口令提示</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>再输入一次</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>At least {0} characters.</source>
        <translation>至少 {0} 个字符。</translation>
    </message>
    <message>
        <source>Good. Now type it again to confirm.</source>
        <translation>很好。现在再输入一次以确认。</translation>
    </message>
    <message>
        <source>✓ The passphrases match.</source>
        <translation>✓ 两次输入的口令一致。</translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <source>Safety profiles [*]</source>
        <translation>安全配置 [*]</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>保存配置</translation>
    </message>
    <message>
        <source>Close the profile editor</source>
        <translation>关闭配置编辑器</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Safety profiles</source>
        <translation>安全配置</translation>
    </message>
    <message>
        <source>Clone…</source>
        <translation>克隆…</translation>
    </message>
    <message>
        <source>Clone this profile</source>
        <translation>克隆此配置</translation>
    </message>
    <message>
        <source>Copy this profile (with any unsaved changes) under a new name</source>
        <translation>以新名称复制此配置（包括未保存的更改）</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import a profile file</source>
        <translation>导入配置文件</translation>
    </message>
    <message>
        <source>Add a profile someone shared with you (a TOML file)</source>
        <translation>添加别人分享给你的配置（TOML 文件）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export this profile</source>
        <translation>导出此配置</translation>
    </message>
    <message>
        <source>Save the profile to a TOML file to share it</source>
        <translation>将配置保存为 TOML 文件以便分享</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete this profile</source>
        <translation>删除此配置</translation>
    </message>
    <message>
        <source>Delete this custom profile (presets cannot be deleted)</source>
        <translation>删除此自定义配置（预设无法删除）</translation>
    </message>
    <message>
        <source>This is a preset, so it is read-only. Clone a preset to change it.</source>
        <translation>这是预设，因此为只读。克隆预设后即可更改。</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>配置名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>适用对象</translation>
    </message>
    <message>
        <source>Who the safety messages are worded for</source>
        <translation>安全提示的措辞面向谁</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Teen</source>
        <translation>青少年</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>成人</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> 词元</translation>
    </message>
    <message>
        <source>Answer length cap</source>
        <translation>回答长度上限</translation>
    </message>
    <message>
        <source>The longest answer this profile allows</source>
        <translation>此配置允许的最长回答</translation>
    </message>
    <message>
        <source>System prompt addition</source>
        <translation>附加系统提示词</translation>
    </message>
    <message>
        <source>Added to every conversation&apos;s system prompt under this profile</source>
        <translation>在此配置下添加到每个对话的系统提示词中</translation>
    </message>
    <message>
        <source>Watermark answers</source>
        <translation>为回答添加水印</translation>
    </message>
    <message>
        <source>Nudge the model&apos;s word choices in a pattern only this device&apos;s key can detect, so “Verify a text…” can recognise the answers later, even without their provenance record</source>
        <translation>以只有本设备密钥才能检测出的模式微调模型的用词，这样即使没有来源证明记录，“验证文本…”日后也能识别出这些回答</translation>
    </message>
    <message>
        <source>Who decided these settings</source>
        <translation>由谁决定这些设置</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>来源证明</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>试一试</translation>
    </message>
    <message>
        <source>Rules by category</source>
        <translation>各类别的规则</translation>
    </message>
    <message>
        <source>Managed by guardian</source>
        <translation>由监护人管理</translation>
    </message>
    <message>
        <source>This is the profile in force now: the strictest of your choice and any guardian&apos;s or organisation&apos;s settings. It is read-only.</source>
        <translation>这是当前生效的配置：由你的选择与任何监护人或机构设置中最严格的部分组成。它是只读的。</translation>
    </message>
    <message>
        <source>Managed by guardian — unlock to edit</source>
        <translation>由监护人管理 — 解锁后可编辑</translation>
    </message>
    <message>
        <source>Managed by your organisation — ask your administrator</source>
        <translation>由你的机构管理 — 请联系管理员</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必需</translation>
    </message>
    <message>
        <source>Answer length cap: %1 tokens, set by %2</source>
        <translation>回答长度上限：%1 词元，由 %2 设置</translation>
    </message>
    <message>
        <source>Guard model: %1, set by %2</source>
        <translation>防护模型：%1，由 %2 设置</translation>
    </message>
    <message>
        <source>Audience: %1, set by %2</source>
        <translation>适用对象：%1，由 %2 设置</translation>
    </message>
    <message>
        <source>Watermark: on, set by %1</source>
        <translation>水印：开启，由 %1 设置</translation>
    </message>
    <message>
        <source>Watermark: off, set by %1</source>
        <translation>水印：关闭，由 %1 设置</translation>
    </message>
    <message>
        <source>Time rules: none, set by %1</source>
        <translation>时间规则：无，由 %1 设置</translation>
    </message>
    <message>
        <source>Time rules: limited hours, set by %1</source>
        <translation>时间规则：限制时段，由 %1 设置</translation>
    </message>
    <message>
        <source>Time rules: limited hours and %2 minutes a day, set by %1</source>
        <translation>时间规则：限制时段且每天 %2 分钟，由 %1 设置</translation>
    </message>
    <message>
        <source>Time rules: %2 minutes a day, set by %1</source>
        <translation>时间规则：每天 %2 分钟，由 %1 设置</translation>
    </message>
    <message>
        <source>Approved models: any, set by %1</source>
        <translation>已批准的模型：任意，由 %1 设置</translation>
    </message>
    <message numerus="yes">
        <source>Approved models: %n file(s) by hash, set by %1</source>
        <translation>
            <numerusform>已批准的模型：按哈希值指定的 %n 个文件，由 %1 设置</numerusform>
        </translation>
    </message>
    <message>
        <source>Kiosk mode: on, set by %1</source>
        <translation>展台模式：开启，由 %1 设置</translation>
    </message>
    <message>
        <source>Kiosk mode: off, set by %1</source>
        <translation>展台模式：关闭，由 %1 设置</translation>
    </message>
    <message>
        <source>Audit log keeps: the text of conversations too, set by %1</source>
        <translation>审计日志保存：包括对话文本，由 %1 设置</translation>
    </message>
    <message>
        <source>Audit log keeps: what happened, not what was said, set by %1</source>
        <translation>审计日志保存：只记录发生了什么，不记录说了什么，由 %1 设置</translation>
    </message>
    <message>
        <source>Conversations kept: until deleted, set by %1</source>
        <translation>对话保存期限：直到删除，由 %1 设置</translation>
    </message>
    <message numerus="yes">
        <source>Conversations kept: %n day(s), set by %1</source>
        <translation>
            <numerusform>对话保存期限：%n 天，由 %1 设置</numerusform>
        </translation>
    </message>
    <message>
        <source>In force now</source>
        <translation>当前生效</translation>
    </message>
    <message>
        <source>The safety settings the screen applies now, and who decided each</source>
        <translation>安全筛查当前应用的设置，以及每项设置由谁决定</translation>
    </message>
    <message>
        <source>%1 (preset, read-only)</source>
        <translation>%1（预设，只读）</translation>
    </message>
    <message>
        <source>Presets are read-only. Clone a preset to change it.</source>
        <translation>预设为只读。克隆预设后即可更改。</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>请为配置命名。</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>无法保存配置：%1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1（我的副本）</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation>无法保存副本：%1</translation>
    </message>
    <message>
        <source>Cloned as “%1”. Change it here, then Save.</source>
        <translation>已克隆为“%1”。在这里修改后点击“保存”。</translation>
    </message>
    <message>
        <source>The file could not be imported: %1</source>
        <translation>无法导入该文件：%1</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>已导入“%1”。</translation>
    </message>
    <message>
        <source>Save your changes first: Export writes the saved profile.</source>
        <translation>请先保存更改：“导出”写出的是已保存的配置。</translation>
    </message>
    <message>
        <source>The profile could not be exported: %1</source>
        <translation>无法导出配置：%1</translation>
    </message>
    <message>
        <source>Exported “%1” to %2.</source>
        <translation>已将“%1”导出到 %2。</translation>
    </message>
    <message>
        <source>“%1” is the profile the guardian locked. Lock another profile in Guardian… before deleting this one.</source>
        <translation>“%1”是监护人锁定的配置。删除它之前，请先在“监护人…”中锁定另一个配置。</translation>
    </message>
    <message>
        <source>“%1” is the profile in use. Choose another profile in the toolbar before deleting this one.</source>
        <translation>“%1”是正在使用的配置。删除它之前，请先在工具栏中选择另一个配置。</translation>
    </message>
    <message>
        <source>The profile could not be deleted: %1</source>
        <translation>无法删除配置：%1</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>Some profile files could not be read and are not listed: %1</source>
        <translation>部分配置文件无法读取，未列出：%1</translation>
    </message>
    <message>
        <source>Clone profile</source>
        <translation>克隆配置</translation>
    </message>
    <message>
        <source>Name of the new profile:</source>
        <translation>新配置的名称：</translation>
    </message>
    <message>
        <source>Import a safety profile</source>
        <translation>导入安全配置</translation>
    </message>
    <message>
        <source>Safety profiles (*.toml *.json)</source>
        <translation>安全配置 (*.toml *.json)</translation>
    </message>
    <message>
        <source>Export the safety profile</source>
        <translation>导出安全配置</translation>
    </message>
    <message>
        <source>Safety profiles (*.toml)</source>
        <translation>安全配置 (*.toml)</translation>
    </message>
    <message>
        <source>Replace profile</source>
        <translation>替换配置</translation>
    </message>
    <message>
        <source>The imported profile “%1” has the same id as your profile “%2”. Replace it?</source>
        <translation>导入的配置“%1”与你的配置“%2”ID 相同。要替换它吗？</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除配置</translation>
    </message>
    <message>
        <source>Delete the profile “%1”? This cannot be undone.</source>
        <translation>删除配置“%1”？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them?</source>
        <translation>“%1”有未保存的更改。要保存吗？</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <source>Safety profile</source>
        <translation>安全配置</translation>
    </message>
    <message>
        <source>What the safety screen blocks, warns about or allows</source>
        <translation>安全筛查会拦截、警告或允许哪些内容</translation>
    </message>
</context>
<context>
    <name>ProfileRulesModel</name>
    <message>
        <source>Set by</source>
        <translation>设置者</translation>
    </message>
    <message>
        <source>The score (0.00–1.00) at or above which the action applies</source>
        <translation>达到或超过此分数（0.00–1.00）时执行该操作</translation>
    </message>
    <message>
        <source>What happens to what the user sends</source>
        <translation>如何处理用户发送的内容</translation>
    </message>
    <message>
        <source>What happens to what the model writes</source>
        <translation>如何处理模型生成的内容</translation>
    </message>
    <message>
        <source>Scores from %1 up to the threshold get a warning instead.</source>
        <translation>分数在 %1 到阈值之间时改为发出警告。</translation>
    </message>
    <message>
        <source>Only a block rule can have a warning band: set the action to Block to use it.</source>
        <translation>只有拦截规则才能设置警告区间：请将操作设为“拦截”后再使用。</translation>
    </message>
    <message>
        <source>Clone a preset to change it</source>
        <translation>克隆预设后即可更改</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>提问：%1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>回答：%1</translation>
    </message>
    <message>
        <source>Who decided this rule: you, the guardian or your organisation. The rule in force is the strictest of theirs.</source>
        <translation>由谁决定此规则：你、监护人或你的机构。生效的是其中最严格的规则。</translation>
    </message>
    <message>
        <source>not used: only block rules have a warning band</source>
        <translation>不适用：只有拦截规则才有警告区间</translation>
    </message>
    <message>
        <source>no warning band</source>
        <translation>无警告区间</translation>
    </message>
    <message>
        <source>For a block rule: scores from this value up to the threshold get a warning instead of passing. “—” means no warning band; slide to the far left (0) to remove the band.</source>
        <translation>对于拦截规则：分数从此值到阈值之间时会发出警告，而不是直接放行。“—”表示没有警告区间；滑到最左端（0）即可移除警告区间。</translation>
    </message>
    <message>
        <source>Prompt action</source>
        <translation>提问操作</translation>
    </message>
    <message>
        <source>Prompt threshold</source>
        <translation>提问阈值</translation>
    </message>
    <message>
        <source>Prompt warns from</source>
        <translation>提问警告起点</translation>
    </message>
    <message>
        <source>Answer action</source>
        <translation>回答操作</translation>
    </message>
    <message>
        <source>Answer threshold</source>
        <translation>回答阈值</translation>
    </message>
    <message>
        <source>Answer warns from</source>
        <translation>回答警告起点</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Teen</source>
        <translation>青少年</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>开放</translation>
    </message>
    <message>
        <source>For children under 13: blocks every hazard category, keeps answers short and kind, and stops personal details from being shared.</source>
        <translation>适用于 13 岁以下儿童：拦截所有危害类别，回答简短友善，并阻止分享个人信息。</translation>
    </message>
    <message>
        <source>For ages 13 to 17: blocks hazards and explicit content, warns on specialised advice and on sharing personal details.</source>
        <translation>适用于 13 至 17 岁：拦截危害内容和露骨内容，对专业建议和分享个人信息给出警告。</translation>
    </message>
    <message>
        <source>For classrooms and school labs: blocks hazards and off-task explicit content; warns on specialised advice and personal details.</source>
        <translation>适用于教室和学校机房：拦截危害内容和与学习无关的露骨内容；对专业建议和个人信息给出警告。</translation>
    </message>
    <message>
        <source>For adults: blocks serious hazards, warns on specialised advice and on sharing personal details.</source>
        <translation>适用于成年人：拦截严重危害内容，对专业建议和分享个人信息给出警告。</translation>
    </message>
    <message>
        <source>For adults who want few limits: blocks only child exploitation, mass-casualty weapons, violent crime and jailbreaks; warns on the rest.</source>
        <translation>适用于希望限制较少的成年人：只拦截儿童剥削、大规模杀伤性武器、暴力犯罪和越狱尝试；其余给出警告。</translation>
    </message>
</context>
<context>
    <name>ProvenanceActions</name>
    <message>
        <source>Copy with provenance</source>
        <translation>连同来源证明复制</translation>
    </message>
    <message>
        <source>Save answer with provenance…</source>
        <translation>连同来源证明保存回答…</translation>
    </message>
    <message>
        <source>Export conversation…</source>
        <translation>导出对话…</translation>
    </message>
    <message>
        <source>Save this conversation as Markdown or HTML, with every answer&apos;s signed provenance record beside it</source>
        <translation>将此对话保存为 Markdown 或 HTML，并在旁边附上每条回答的签名来源证明记录</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Verify a text…</source>
        <translation>验证文本…</translation>
    </message>
    <message>
        <source>Check whether a text came from this device, with which model and safety profile, and whether it was changed (Ctrl+Shift+K)</source>
        <translation>检查一段文本是否来自本设备、使用了哪个模型和安全配置，以及是否被修改过（Ctrl+Shift+K）</translation>
    </message>
    <message>
        <source>More ways to copy: with provenance, save, export, verify</source>
        <translation>更多复制方式：连同来源证明复制、保存、导出、验证</translation>
    </message>
    <message>
        <source>Copy or save the answer with its signed record of where it came from, export the conversation, or check a text</source>
        <translation>连同回答来源的签名记录一起复制或保存回答、导出对话，或检查一段文本</translation>
    </message>
    <message>
        <source>Copy the last answer with its signed provenance record</source>
        <translation>连同签名来源证明记录复制上一条回答</translation>
    </message>
    <message>
        <source>Save the last answer to a text file, with its signed provenance record beside it</source>
        <translation>将上一条回答保存为文本文件，并在旁边附上签名来源证明记录</translation>
    </message>
    <message>
        <source>Wait until the answer has finished</source>
        <translation>请等待回答完成</translation>
    </message>
    <message>
        <source>There is no answer in this conversation yet</source>
        <translation>此对话中还没有回答</translation>
    </message>
    <message>
        <source>The last answer was blocked, so there is no text to copy</source>
        <translation>上一条回答已被拦截，因此没有可复制的文本</translation>
    </message>
    <message>
        <source>The last answer has no provenance record: it was written before Hearth signed answers</source>
        <translation>上一条回答没有来源证明记录：它是在 Hearth 开始为回答签名之前生成的</translation>
    </message>
    <message>
        <source>Answer copied with its provenance record</source>
        <translation>已连同来源证明记录复制回答</translation>
    </message>
    <message>
        <source>The answer could not be saved</source>
        <translation>无法保存回答</translation>
    </message>
    <message>
        <source>Saved %1 and its provenance record %2</source>
        <translation>已保存 %1 及其来源证明记录 %2</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>The conversation could not be exported</source>
        <translation>无法导出对话</translation>
    </message>
    <message>
        <source>Exported %1; no answer in it has a provenance record, so %2 is empty</source>
        <translation>已导出 %1；其中没有任何回答带有来源证明记录，因此 %2 为空</translation>
    </message>
    <message>
        <source>Exported %1, with its answer&apos;s provenance record in %2</source>
        <translation>已导出 %1，其回答的来源证明记录位于 %2</translation>
    </message>
    <message>
        <source>Exported %1, with %3 answers&apos; provenance records in %2</source>
        <translation>已导出 %1，%3 条回答的来源证明记录位于 %2</translation>
    </message>
    <message>
        <source>Save answer with provenance</source>
        <translation>连同来源证明保存回答</translation>
    </message>
    <message>
        <source>Text files (*.txt);;Markdown (*.md);;All files (*)</source>
        <translation>文本文件 (*.txt);;Markdown (*.md);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>导出对话</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the recovery code</source>
        <translation>复制恢复码</translation>
    </message>
    <message>
        <source>I have written the recovery code down</source>
        <translation>我已写下恢复码</translation>
    </message>
    <message>
        <source>This code is shown only once. Keep it somewhere safe, away from this computer: it lets you choose a new passphrase if you forget this one, and then it is replaced by a new code.</source>
        <translation>此恢复码只显示一次。请把它存放在安全的地方，不要和这台电脑放在一起：如果你忘记了当前口令，可以用它设置新口令，之后它会被新的恢复码取代。</translation>
    </message>
    <message>
        <source>Recovery code {0}</source>
        <translation>恢复码 {0}</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>ReportCardSection</name>
    <message>
        <source>Report card progress</source>
        <translation>评测报告进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the report card</source>
        <translation>取消评测报告</translation>
    </message>
    <message>
        <source>Report card</source>
        <translation>评测报告</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the report card</source>
        <translation>导出评测报告</translation>
    </message>
    <message>
        <source>No report card yet. It measures how often the model refuses harmful requests and harmless ones, without Hearth&apos;s safety screen.</source>
        <translation>还没有评测报告。评测报告会在不使用 Hearth 安全筛查的情况下，测量模型拒绝有害请求和无害请求的频率。</translation>
    </message>
    <message>
        <source>Newest report card, made %1:</source>
        <translation>最新的评测报告，生成于 %1：</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <source>%1 of %2 prompts</source>
        <translation>%1 / %2 条提问</translation>
    </message>
    <message>
        <source>The report card was kept in %1.</source>
        <translation>评测报告已保存在 %1 中。</translation>
    </message>
    <message>
        <source>The report card was stopped; nothing was kept.</source>
        <translation>评测报告已停止；没有保存任何内容。</translation>
    </message>
    <message>
        <source>The report card could not be saved to %1: %2</source>
        <translation>无法将评测报告保存到 %1：%2</translation>
    </message>
    <message>
        <source>The report card was saved to %1.</source>
        <translation>评测报告已保存到 %1。</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
</context>
<context>
    <name>RestingNotice</name>
    <message>
        <source>Hearth is resting</source>
        <translation>Hearth 休息中</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>the on-device classifier</source>
        <translation>本机分类器</translation>
    </message>
    <message>
        <source>the jailbreak and prompt-injection check</source>
        <translation>越狱和提示词注入检查</translation>
    </message>
    <message>
        <source>the personal-information check</source>
        <translation>个人信息检查</translation>
    </message>
    <message>
        <source>the passwords-and-keys check</source>
        <translation>密码和密钥检查</translation>
    </message>
    <message>
        <source>the guard model</source>
        <translation>防护模型</translation>
    </message>
    <message>
        <source>You don&apos;t have to go through this alone</source>
        <translation>你不必独自面对这一切</translation>
    </message>
    <message>
        <source>It sounds like you might be going through something really hard. Talking to someone can help, and there are people ready to listen right now.</source>
        <translation>听起来你可能正在经历一些非常艰难的事情。和别人聊一聊会有帮助，现在就有人愿意倾听你。</translation>
    </message>
    <message>
        <source>It sounds like you might be feeling really sad or hurt. Please tell a grown-up you trust, like a parent or teacher. You can also call someone who is there to help:</source>
        <translation>听起来你可能感到非常难过或受伤。请告诉一位你信任的大人，比如家长或老师。你也可以打电话给愿意帮助你的人：</translation>
    </message>
    <message>
        <source>Answer stopped</source>
        <translation>回答已停止</translation>
    </message>
    <message>
        <source>Hearth stopped this answer because it began to include something about %1. Let&apos;s talk about something else!</source>
        <translation>Hearth 停下了这条回答，因为它开始谈到%1。我们聊点别的吧！</translation>
    </message>
    <message>
        <source>Hearth stopped this answer because it began to include %1 (%2), which the %3 profile does not allow.</source>
        <translation>Hearth 停止了这条回答，因为它开始包含%1（%2），而“%3”配置不允许这类内容。</translation>
    </message>
    <message>
        <source>Send this message?</source>
        <translation>要发送这条消息吗？</translation>
    </message>
    <message>
        <source>This message may involve %1 (%2). The %3 profile asks you to confirm before it is sent.</source>
        <translation>这条消息可能涉及%1（%2）。“%3”配置要求你在发送前确认。</translation>
    </message>
    <message>
        <source>Let&apos;s talk about something else</source>
        <translation>我们聊点别的吧</translation>
    </message>
    <message>
        <source>That question is about %1, so I can&apos;t help with it. If something is worrying you, talk to a grown-up you trust.</source>
        <translation>这个问题涉及%1，所以我没法帮忙。如果有什么事让你担心，可以和你信任的大人聊一聊。</translation>
    </message>
    <message>
        <source>Message not sent</source>
        <translation>消息未发送</translation>
    </message>
    <message>
        <source>This message looks like a request for %1 (%2), which the %3 profile blocks.</source>
        <translation>这条消息看起来是在请求%1（%2），“%3”配置会拦截这类内容。</translation>
    </message>
    <message>
        <source>Decided by %1 (score %2, threshold %3) in profile layer %4.</source>
        <translation>由%1判定（分数 %2，阈值 %3），配置层：%4。</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>Warn</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>拦截</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Conversation settings</source>
        <translation>对话设置</translation>
    </message>
    <message>
        <source>These settings apply to the current conversation.</source>
        <translation>这些设置应用于当前对话。</translation>
    </message>
    <message>
        <source>&amp;Appearance and language…</source>
        <translation>外观和语言(&amp;A)…</translation>
    </message>
    <message>
        <source>Language, high contrast and text size for the whole app</source>
        <translation>整个应用的语言、高对比度和文字大小</translation>
    </message>
    <message>
        <source>%1: can be lowered, not raised above %2</source>
        <translation>%1：可以调低，但不能高于 %2</translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>Violent crimes</source>
        <translation>暴力犯罪</translation>
    </message>
    <message>
        <source>help with violence against people or animals</source>
        <translation>协助针对人或动物的暴力行为</translation>
    </message>
    <message>
        <source>hurting people or animals</source>
        <translation>伤害人或动物</translation>
    </message>
    <message>
        <source>Non-violent crimes</source>
        <translation>非暴力犯罪</translation>
    </message>
    <message>
        <source>help with crimes such as fraud, theft, hacking or drugs</source>
        <translation>协助诈骗、盗窃、黑客攻击或毒品等犯罪</translation>
    </message>
    <message>
        <source>breaking the law, like stealing or tricking people</source>
        <translation>违法的事，比如偷东西或骗人</translation>
    </message>
    <message>
        <source>Sex-related crimes</source>
        <translation>性相关犯罪</translation>
    </message>
    <message>
        <source>help with sexual assault, harassment or trafficking</source>
        <translation>协助性侵犯、性骚扰或人口贩卖</translation>
    </message>
    <message>
        <source>something that could hurt people and is not OK</source>
        <translation>可能伤害别人、不对的事情</translation>
    </message>
    <message>
        <source>Child sexual exploitation</source>
        <translation>儿童性剥削</translation>
    </message>
    <message>
        <source>sexual content involving minors</source>
        <translation>涉及未成年人的性内容</translation>
    </message>
    <message>
        <source>something that is never OK</source>
        <translation>绝对不可以的事情</translation>
    </message>
    <message>
        <source>Defamation</source>
        <translation>诽谤</translation>
    </message>
    <message>
        <source>false statements that could harm a real person&apos;s reputation</source>
        <translation>可能损害真实人物名誉的不实陈述</translation>
    </message>
    <message>
        <source>saying untrue, unkind things about real people</source>
        <translation>说关于真实人物的不实、不友善的话</translation>
    </message>
    <message>
        <source>Specialized advice</source>
        <translation>专业建议</translation>
    </message>
    <message>
        <source>medical, legal or financial advice that needs a professional</source>
        <translation>需要专业人士提供的医疗、法律或财务建议</translation>
    </message>
    <message>
        <source>a question a doctor, lawyer or trusted grown-up should answer</source>
        <translation>应该由医生、律师或你信任的大人来回答的问题</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>sensitive private information about other people</source>
        <translation>他人的敏感隐私信息</translation>
    </message>
    <message>
        <source>other people&apos;s private information</source>
        <translation>别人的隐私信息</translation>
    </message>
    <message>
        <source>Intellectual property</source>
        <translation>知识产权</translation>
    </message>
    <message>
        <source>copying protected works or bypassing licences</source>
        <translation>复制受保护的作品或规避许可限制</translation>
    </message>
    <message>
        <source>copying other people&apos;s work without permission</source>
        <translation>未经允许复制别人的作品</translation>
    </message>
    <message>
        <source>Indiscriminate weapons</source>
        <translation>无差别杀伤性武器</translation>
    </message>
    <message>
        <source>chemical, biological, radiological, nuclear weapons or explosives</source>
        <translation>化学、生物、放射性、核武器或爆炸物</translation>
    </message>
    <message>
        <source>dangerous weapons that could hurt many people</source>
        <translation>可能伤害很多人的危险武器</translation>
    </message>
    <message>
        <source>Hate</source>
        <translation>仇恨</translation>
    </message>
    <message>
        <source>content that demeans people for who they are</source>
        <translation>因身份而贬低他人的内容</translation>
    </message>
    <message>
        <source>being mean to people because of who they are</source>
        <translation>因为别人的身份而对他们不友善</translation>
    </message>
    <message>
        <source>Suicide and self-harm</source>
        <translation>自杀与自残</translation>
    </message>
    <message>
        <source>suicide, self-harm or disordered eating</source>
        <translation>自杀、自残或进食障碍</translation>
    </message>
    <message>
        <source>hurting yourself</source>
        <translation>伤害自己</translation>
    </message>
    <message>
        <source>Sexual content</source>
        <translation>性内容</translation>
    </message>
    <message>
        <source>explicit sexual content</source>
        <translation>露骨的性内容</translation>
    </message>
    <message>
        <source>grown-up content</source>
        <translation>成人内容</translation>
    </message>
    <message>
        <source>Elections</source>
        <translation>选举</translation>
    </message>
    <message>
        <source>false information about voting and elections</source>
        <translation>关于投票和选举的虚假信息</translation>
    </message>
    <message>
        <source>wrong information about voting</source>
        <translation>关于投票的错误信息</translation>
    </message>
    <message>
        <source>Code interpreter abuse</source>
        <translation>代码解释器滥用</translation>
    </message>
    <message>
        <source>attempts to abuse code execution or the host system</source>
        <translation>试图滥用代码执行或宿主系统</translation>
    </message>
    <message>
        <source>trying to misuse the computer</source>
        <translation>试图滥用电脑</translation>
    </message>
    <message>
        <source>Jailbreak or prompt injection</source>
        <translation>越狱或提示词注入</translation>
    </message>
    <message>
        <source>an attempt to make the assistant ignore its rules</source>
        <translation>试图让助手无视其规则</translation>
    </message>
    <message>
        <source>trying to trick the assistant into breaking its rules</source>
        <translation>试图哄骗助手违反规则</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>personal details such as an address, phone number, school or card</source>
        <translation>地址、电话号码、学校或银行卡等个人信息</translation>
    </message>
    <message>
        <source>private things about you, like where you live or your phone number</source>
        <translation>关于你的隐私，比如你住在哪里或你的电话号码</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Chat template of %1</source>
        <translation>%1 的聊天模板</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>聊天模板</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Sample conversation as the model sees it</source>
        <translation>模型看到的示例对话</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the chat template</source>
        <translation>关闭聊天模板</translation>
    </message>
    <message>
        <source>Sample conversation as the model sees it:</source>
        <translation>模型看到的示例对话：</translation>
    </message>
    <message>
        <source>Checking the template…</source>
        <translation>正在检查模板…</translation>
    </message>
    <message>
        <source>(not rendered)</source>
        <translation>（未渲染）</translation>
    </message>
</context>
<context>
    <name>TimeRules</name>
    <message>
        <source>A guardian can unlock Hearth and grant extra time.</source>
        <translation>监护人可以解锁 Hearth 并给予额外时间。</translation>
    </message>
    <message>
        <source>It opens again %1.</source>
        <translation>将于%1 重新开放。</translation>
    </message>
    <message>
        <source>Today&apos;s time with Hearth is used up.</source>
        <translation>今天使用 Hearth 的时间已经用完了。</translation>
    </message>
    <message>
        <source>Hearth is not open at any time this week.</source>
        <translation>Hearth 本周任何时间都不开放。</translation>
    </message>
    <message>
        <source>Hearth is resting now.</source>
        <translation>Hearth 现在正在休息。</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>TimeRulesEditor</name>
    <message>
        <source>No daily limit</source>
        <translation>无每日限额</translation>
    </message>
    <message>
        <source> min a day</source>
        <translation> 分钟/天</translation>
    </message>
    <message>
        <source>Daily time limit in minutes</source>
        <translation>每日时间限额（分钟）</translation>
    </message>
    <message>
        <source>Some days allow more than one stretch of time. They are shown simplified; changing anything here replaces them.</source>
        <translation>有些日子允许多个时段。这里以简化方式显示；在这里做任何更改都会替换它们。</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Daily limit</source>
        <translation>每日限额</translation>
    </message>
    <message>
        <source>A time “to” before “from” runs past midnight; 00:00 to 00:00 is the whole day.</source>
        <translation>如果结束时间早于开始时间，该时段会跨过午夜；00:00 至 00:00 表示全天。</translation>
    </message>
</context>
<context>
    <name>TrustKeyDialog</name>
    <message>
        <source>Trust a public key</source>
        <translation>信任公钥</translation>
    </message>
    <message>
        <source>Paste the public key of the device that signed the text: a PEM block, 64 hex digits or base64 (Hearth&apos;s “Export public key…” writes one). Before you trust it, compare its fingerprint with the one that device shows.</source>
        <translation>粘贴为该文本签名的设备的公钥：PEM 块、64 位十六进制数字或 base64（Hearth 的“导出公钥…”会生成一个）。信任它之前，请将其指纹与那台设备上显示的指纹进行比对。</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>公钥</translation>
    </message>
    <message>
        <source>Load key file…</source>
        <translation>加载密钥文件…</translation>
    </message>
    <message>
        <source>Load a public key file</source>
        <translation>加载公钥文件</translation>
    </message>
    <message>
        <source>Fingerprint of the key</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Do not trust a key</source>
        <translation>不信任任何密钥</translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation>信任此密钥</translation>
    </message>
    <message>
        <source>Trust this key for these checks</source>
        <translation>在这些检查中信任此密钥</translation>
    </message>
    <message>
        <source>The key&apos;s fingerprint appears here.</source>
        <translation>密钥的指纹将显示在这里。</translation>
    </message>
    <message>
        <source>This is not a public key: %1.</source>
        <translation>这不是公钥：%1。</translation>
    </message>
    <message>
        <source>This is this device&apos;s own key; it is always trusted.</source>
        <translation>这是本设备自己的密钥，始终受信任。</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>指纹：</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Load a public key</source>
        <translation>加载公钥</translation>
    </message>
    <message>
        <source>Public keys (*.pem *.pub *.txt);;All files (*)</source>
        <translation>公钥 (*.pem *.pub *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>TryItPanel</name>
    <message>
        <source>This text could not be checked; details are in the log.</source>
        <translation>无法检查此文本；详细信息见日志。</translation>
    </message>
    <message>
        <source>Type a message to see what this profile would do with it…</source>
        <translation>输入一条消息，看看此配置会如何处理…</translation>
    </message>
    <message>
        <source>Try a message</source>
        <translation>试一条消息</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定结果</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Type a message above to try this profile.</source>
        <translation>在上方输入一条消息来试用此配置。</translation>
    </message>
    <message>
        <source>nothing flagged</source>
        <translation>未标记任何内容</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>分数 %1</translation>
    </message>
    <message>
        <source>(threshold %1)</source>
        <translation>（阈值 %1）</translation>
    </message>
    <message>
        <source>detector %1</source>
        <translation>检测器 %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Could not check this text</source>
        <translation>无法检查此文本</translation>
    </message>
</context>
<context>
    <name>TurnWorker</name>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <source>The answer could not be completed; details are in the log.</source>
        <translation>无法完成回答；详细信息见日志。</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Try again in {0} s</source>
        <translation>{0} 秒后重试</translation>
    </message>
    <message>
        <source>Try again in {0} min</source>
        <translation>{0} 分钟后重试</translation>
    </message>
    <message>
        <source>Guardian settings</source>
        <translation>监护人设置</translation>
    </message>
    <message>
        <source>There were too many wrong attempts in a row, so Hearth waits a little before the next one.</source>
        <translation>连续错误尝试次数过多，因此 Hearth 会稍等一会儿再允许下一次尝试。</translation>
    </message>
    <message>
        <source>Guardian&apos;s passphrase</source>
        <translation>监护人口令</translation>
    </message>
    <message>
        <source>Forgot the passphrase?</source>
        <translation>忘记口令了？</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the recovery code</source>
        <translation>忘记口令了？使用恢复码</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Unlock the guardian settings</source>
        <translation>解锁监护人设置</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close without unlocking</source>
        <translation>关闭，不解锁</translation>
    </message>
    <message>
        <source>Enter the guardian&apos;s passphrase to change what Hearth allows.</source>
        <translation>输入监护人口令以更改 Hearth 允许的内容。</translation>
    </message>
    <message>
        <source>Enter the recovery code you wrote down when the guardian was set up, and choose a new passphrase. The old passphrase and the old code stop working.</source>
        <translation>输入设置监护人时写下的恢复码，并选择新口令。旧口令和旧恢复码将会失效。</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation>返回使用口令</translation>
    </message>
    <message>
        <source>Back to unlocking with the passphrase</source>
        <translation>返回使用口令解锁</translation>
    </message>
    <message>
        <source>Set the new passphrase</source>
        <translation>设置新口令</translation>
    </message>
    <message>
        <source>Unlock with the recovery code and set the new passphrase</source>
        <translation>使用恢复码解锁并设置新口令</translation>
    </message>
    <message>
        <source>Use the recovery code</source>
        <translation>使用恢复码</translation>
    </message>
    <message>
        <source>The new passphrase is set. The old recovery code no longer works; this is the new one:</source>
        <translation>新口令已设置。旧的恢复码已失效；这是新的恢复码：</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Done: open the guardian settings</source>
        <translation>完成：打开监护人设置</translation>
    </message>
    <message>
        <source>Write down the new recovery code</source>
        <translation>写下新的恢复码</translation>
    </message>
    <message>
        <source>Type the guardian&apos;s passphrase.</source>
        <translation>请输入监护人口令。</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>正在检查口令…</translation>
    </message>
    <message>
        <source>Type the recovery code.</source>
        <translation>请输入恢复码。</translation>
    </message>
    <message>
        <source>Checking the recovery code…</source>
        <translation>正在检查恢复码…</translation>
    </message>
    <message>
        <source>That passphrase is not right. Check that Caps Lock is off and try again.</source>
        <translation>口令不正确。请确认 Caps Lock 已关闭，然后重试。</translation>
    </message>
    <message>
        <source>That recovery code is not right. Check it letter by letter and try again.</source>
        <translation>恢复码不正确。请逐个字符核对后重试。</translation>
    </message>
    <message>
        <source>No guardian is set up on this computer any more.</source>
        <translation>这台电脑上已经没有设置监护人。</translation>
    </message>
    <message>
        <source>After several wrong attempts Hearth waits a little longer each time.</source>
        <translation>多次错误尝试后，Hearth 每次等待的时间会更长一些。</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>现在可以重试了。</translation>
    </message>
    <message>
        <source>Write the new recovery code down and tick the box first: it is shown only this once.</source>
        <translation>请先写下新的恢复码并勾选复选框：它只会显示这一次。</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>it is larger than 4 MB</source>
        <translation>文件大小超过 4 MB</translation>
    </message>
    <message>
        <source>Verify a text</source>
        <translation>验证文本</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Check the text</source>
        <translation>检查文本</translation>
    </message>
    <message>
        <source>Check the text (Ctrl+Enter)</source>
        <translation>检查文本（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the Verify dialog</source>
        <translation>关闭验证文本对话框</translation>
    </message>
    <message>
        <source>Check whether a text came from this device, with which model and safety profile, and whether it was changed since. Paste the text; add its provenance record if you have one.</source>
        <translation>检查一段文本是否来自本设备、使用了哪个模型和安全配置，以及之后是否被修改过。请粘贴文本；如果有来源证明记录，也一并添加。</translation>
    </message>
    <message>
        <source>This device&apos;s public key</source>
        <translation>本设备的公钥</translation>
    </message>
    <message>
        <source>This device&apos;s public key fingerprint</source>
        <translation>本设备的公钥指纹</translation>
    </message>
    <message>
        <source>SHA-256 of this device&apos;s Ed25519 public key. Someone checking texts from this device compares it with the key they trust.</source>
        <translation>本设备 Ed25519 公钥的 SHA-256。检查来自本设备的文本的人，会将它与自己信任的密钥进行比对。</translation>
    </message>
    <message>
        <source>Export public key…</source>
        <translation>导出公钥…</translation>
    </message>
    <message>
        <source>Export this device&apos;s public key</source>
        <translation>导出本设备的公钥</translation>
    </message>
    <message>
        <source>Save the public key as a PEM file, so others can check texts signed on this device</source>
        <translation>将公钥保存为 PEM 文件，以便他人检查在本设备上签名的文本</translation>
    </message>
    <message>
        <source>Text to check</source>
        <translation>要检查的文本</translation>
    </message>
    <message>
        <source>Paste the text here, exactly as you received it</source>
        <translation>在此粘贴文本，保持收到时的原样</translation>
    </message>
    <message>
        <source>&amp;Text to check</source>
        <translation>要检查的文本(&amp;T)</translation>
    </message>
    <message>
        <source>Open a text file…</source>
        <translation>打开文本文件…</translation>
    </message>
    <message>
        <source>Open a text file to check</source>
        <translation>打开要检查的文本文件</translation>
    </message>
    <message>
        <source>Its provenance record (.intoto.json beside it) is loaded too</source>
        <translation>其来源证明记录（旁边的 .intoto.json）也会一起加载</translation>
    </message>
    <message>
        <source>Provenance record</source>
        <translation>来源证明记录</translation>
    </message>
    <message>
        <source>Optional: the record (.intoto.json) that came with the text. Without one, this device looks up its own record of the text.</source>
        <translation>可选：随文本一起提供的记录（.intoto.json）。如果没有，本设备会查找自己保存的该文本记录。</translation>
    </message>
    <message>
        <source>&amp;Provenance record (optional)</source>
        <translation>来源证明记录（可选）(&amp;P)</translation>
    </message>
    <message>
        <source>Load record file…</source>
        <translation>加载记录文件…</translation>
    </message>
    <message>
        <source>Load a provenance record file</source>
        <translation>加载来源证明记录文件</translation>
    </message>
    <message>
        <source>A .intoto.json record, or the .intoto.jsonl bundle of an exported conversation</source>
        <translation>一个 .intoto.json 记录，或导出对话时生成的 .intoto.jsonl 记录包</translation>
    </message>
    <message>
        <source>Trust a public key…</source>
        <translation>信任公钥…</translation>
    </message>
    <message>
        <source>Trust another device&apos;s public key</source>
        <translation>信任另一台设备的公钥</translation>
    </message>
    <message>
        <source>Check texts signed on another Hearth device with its public key</source>
        <translation>使用另一台 Hearth 设备的公钥，检查在那台设备上签名的文本</translation>
    </message>
    <message>
        <source>Keys trusted for these checks</source>
        <translation>在这些检查中信任的密钥</translation>
    </message>
    <message>
        <source>Forget them</source>
        <translation>全部忘记</translation>
    </message>
    <message>
        <source>Forget the trusted keys</source>
        <translation>忘记受信任的密钥</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定结果</translation>
    </message>
    <message>
        <source>A trusted key did not sign this record, so what it says below is only a claim.</source>
        <translation>此记录不是由受信任的密钥签名的，因此下面的内容只是一种声称。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>The text or the record changed: press Check to check it again.</source>
        <translation>文本或记录已更改：请按“检查”重新检查。</translation>
    </message>
    <message>
        <source>The text came with its provenance record; it is filled in below.</source>
        <translation>该文本附带了来源证明记录；已在下方填入。</translation>
    </message>
    <message>
        <source>Paste the text to check first.</source>
        <translation>请先粘贴要检查的文本。</translation>
    </message>
    <message>
        <source>Checking the signature, this device&apos;s records and the watermark…</source>
        <translation>正在检查签名、本设备的记录和水印…</translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation>还没有结果</translation>
    </message>
    <message>
        <source>Press Check to see whether the signature holds, whether this device wrote the text, and what its watermark test says.</source>
        <translation>按“检查”查看签名是否有效、文本是否由本设备生成，以及水印检测的结果。</translation>
    </message>
    <message>
        <source>Trusting the key %1 for these checks.</source>
        <translation>本次检查将信任密钥 %1。</translation>
    </message>
    <message>
        <source>Also trusting (until this window closes):</source>
        <translation>同时信任（直到关闭此窗口）：</translation>
    </message>
    <message>
        <source>The public key could not be saved to %1: %2.</source>
        <translation>无法将公钥保存到 %1：%2。</translation>
    </message>
    <message>
        <source>Saved this device&apos;s public key to %1.</source>
        <translation>已将本设备的公钥保存到 %1。</translation>
    </message>
    <message>
        <source>Loaded the record %1.</source>
        <translation>已加载记录 %1。</translation>
    </message>
    <message>
        <source>Opened %1 and its provenance record %2.</source>
        <translation>已打开 %1 及其来源证明记录 %2。</translation>
    </message>
    <message>
        <source>Opened %1. It has no provenance record beside it, so this device looks up its own.</source>
        <translation>已打开 %1。它旁边没有来源证明记录，因此本设备会查找自己的记录。</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>Load a provenance record</source>
        <translation>加载来源证明记录</translation>
    </message>
    <message>
        <source>Provenance records (*.intoto.json *.intoto.jsonl *.json *.jsonl);;All files (*)</source>
        <translation>来源证明记录 (*.intoto.json *.intoto.jsonl *.json *.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open a text to check</source>
        <translation>打开要检查的文本</translation>
    </message>
    <message>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>文本文件 (*.txt *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Public keys (*.pem)</source>
        <translation>公钥 (*.pem)</translation>
    </message>
</context>
<context>
    <name>WarnFromDelegate</name>
    <message>
        <source>Scores from this value up to the threshold get a warning instead of passing. At the far left (—) there is no warning band. It cannot go above the threshold.</source>
        <translation>分数从此值到阈值之间时会发出警告，而不是直接放行。在最左端（—）时没有警告区间。它不能高于阈值。</translation>
    </message>
</context>
<context>
    <name>WarningDialog</name>
    <message>
        <source>Check before sending</source>
        <translation>发送前确认</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Send the message anyway</source>
        <translation>仍然发送消息</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Do not send; put the message back in the input box</source>
        <translation>不发送；将消息放回输入框</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <source>from</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>to</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>{0}: allowed {1}</source>
        <translation>{0}：允许的{1}</translation>
    </message>
    <message>
        <source>Allow Hearth on {0}</source>
        <translation>允许在{0}使用 Hearth</translation>
    </message>
</context>
</TS>
