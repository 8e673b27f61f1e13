// SPDX-FileCopyrightText: 2026 Scholion developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Seeded numbers for the benchmarks' generators and the kill tests' kill points.
#pragma once

#include <QtGlobal>

#include <cmath>
#include <numbers>

namespace Scholion::Tests
{

/*! SplitMix64: the same numbers for a seed on every platform, unlike the std:: distributions. */
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    /*! A number in [0, n); 0 when n is not positive. */
    qsizetype below(qsizetype n) { return n <= 0 ? 0 : qsizetype(next() % quint64(n)); }
    /*! A number in [0, 1). */
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    /*! A lognormal number: exp(mu + sigma * N(0, 1)) (Box–Muller). */
    double lognormal(double mu, double sigma)
    {
        // 1 - uniform() is in (0, 1], so the logarithm is finite.
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        const double normal = std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
        return std::exp(mu + sigma * normal);
    }

private:
    quint64 m_state;
};

} // namespace Scholion::Tests
