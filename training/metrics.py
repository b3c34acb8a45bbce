"""Classification metrics: accuracy, per-class P/R/F1, macro-F1, confusion, ECE."""
import numpy as np
import torch
import torch.nn.functional as F


def ece(probs, y, bins=15):
    """Expected calibration error with equal-width confidence bins (Guo et al. 2017)."""
    conf = probs.max(1)
    pred = probs.argmax(1)
    edges = np.linspace(0, 1, bins + 1)
    total = 0.0
    for lo, hi in zip(edges[:-1], edges[1:]):
        m = (conf > lo) & (conf <= hi)
        if m.any():
            total += m.mean() * abs((pred[m] == y[m]).mean() - conf[m].mean())
    return float(total)


def classification_report(probs, y, labels):
    pred = probs.argmax(1)
    k = len(labels)
    cm = np.zeros((k, k), int)
    for t, p in zip(y, pred):
        cm[t, p] += 1
    per_class = {}
    for i, name in enumerate(labels):
        tp = cm[i, i]
        prec = tp / max(cm[:, i].sum(), 1)
        rec = tp / max(cm[i, :].sum(), 1)
        f1 = 2 * prec * rec / max(prec + rec, 1e-12)
        per_class[name] = dict(precision=float(prec), recall=float(rec), f1=float(f1), support=int(cm[i].sum()))
    return dict(accuracy=float((pred == y).mean()),
                macro_f1=float(np.mean([c["f1"] for c in per_class.values()])),
                per_class=per_class, confusion=cm.tolist(), ece_15=ece(probs, y), n=int(len(y)))


def fit_temperature(logits, y):
    """Temperature minimising validation NLL (a single scalar, fitted by LBFGS on log T)."""
    logits = torch.as_tensor(logits, dtype=torch.float64)
    y = torch.as_tensor(y)
    log_t = torch.zeros(1, dtype=torch.float64, requires_grad=True)
    opt = torch.optim.LBFGS([log_t], lr=0.1, max_iter=200)

    def closure():
        opt.zero_grad()
        loss = F.cross_entropy(logits / log_t.exp(), y)
        loss.backward()
        return loss

    opt.step(closure)
    return float(log_t.detach().exp())


def softmax(logits, t=1.0):
    z = logits / t
    z = z - z.max(1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(1, keepdims=True)
